# Shared by deploy/local/run and deploy/local/stop. Sourced from the repository root.

RUN_DIR="$ROOT/.run"
LOGS="$RUN_DIR/logs"
PIDS="$RUN_DIR/pids"
# Below Linux's ephemeral range (32768-60999), so an outgoing connection can never hold them.
PG_PORT=15432
KAFKA_PORT=19092
KAFKA_CONTROLLER_PORT=19093
SERVICES=(goals-service pipeline-service activity-service review-service)
SERVICE_PORTS=(8081 8082 8083 8084)
# The web cockpit: its own port, proxying /api/v1 to the services and signing in with the local key.
WEB_PORT=8080
INFRA_CP="$ROOT/local-infra/target/classes:$ROOT/local-infra/target/lib/*"
READY_TIMEOUT=${SALESPLAN_READY_TIMEOUT:-180}
LAUNCH=()
# The production profile requires a cursor-signing secret; locally a fixed one is fine.
export SALESPLAN_CURSOR_SECRET=${SALESPLAN_CURSOR_SECRET:-salesplan-local-run}
# The services run their production jars, which log JSON for a cluster's log pipeline; here plain text
# is easier to read (docs/operations.md, "Logs"). SALESPLAN_LOG_JSON=true shows what a cluster gets.
export SALESPLAN_LOG_JSON=${SALESPLAN_LOG_JSON:-false}
# Locally the project stands in for the identity provider: a key pair under .run/keys signs the
# tokens deploy/local/token prints, and the services trust its public half. Set these variables
# before deploy/local/run to use a real provider instead (see deploy/README.md).
KEYS="$RUN_DIR/keys"
export SALESPLAN_JWT_KEYS=${SALESPLAN_JWT_KEYS:-file:$KEYS/public.pem}
export SALESPLAN_JWT_ISSUER=${SALESPLAN_JWT_ISSUER:-https://salesplan.local/issuer}
export SALESPLAN_JWT_AUDIENCE=${SALESPLAN_JWT_AUDIENCE:-salesplan}

fail() { echo "ERROR: $*" >&2; exit 1; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who holds a port, for the error message: the process when ss can tell, else how to find out.
port_holder() {
  local who
  who=$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:(([^)]*))' | head -1)
  echo "${who:-unknown process (see: ss -ltnp 'sport = :$1')}"
}

alive() { kill -0 "$1" 2>/dev/null; }

any_alive() {
  [ -s "$PIDS" ] || return 1
  local pid
  while read -r _ pid; do alive "$pid" && return 0; done < "$PIDS"
  return 1
}

all_alive() {
  local pid
  while read -r _ pid; do alive "$pid" || return 1; done < "$PIDS"
}

record_pid() { echo "$1 $2" >> "$PIDS"; }

build_if_needed() {
  local missing=false
  [ -d local-infra/target/lib ] && [ -d local-infra/target/classes ] || missing=true
  for s in "${SERVICES[@]}" web; do [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing=true; done
  if $1 || $missing; then
    echo "Building Salesplan (./mvnw -B -q install -DskipTests)…"
    ./mvnw -B -q install -DskipTests -pl local-infra,platform,goals-service,pipeline-service,activity-service,review-service,web -am \
      > "$LOGS/build.log" 2>&1 || { tail -40 "$LOGS/build.log"; fail "the build failed; full log in $LOGS/build.log"; }
  fi
}

# wait_for NAME PID CHECK-COMMAND TIMEOUT-SECONDS LOG
wait_for() {
  local name=$1 pid=$2 check=$3 timeout=$4 log=$5 waited=0
  until eval "$check" >/dev/null 2>&1; do
    if ! alive "$pid"; then
      echo "--- last lines of $log ---" >&2; tail -30 "$log" >&2
      fail "$name exited while starting; see $log"
    fi
    if [ "$waited" -ge "$timeout" ]; then
      echo "--- last lines of $log ---" >&2; tail -30 "$log" >&2
      fail "$name was not ready within ${timeout}s; see $log"
    fi
    sleep 1; waited=$((waited + 1))
  done
}

# The local signing key pair, made on first start and kept with the data in .run/.
make_keys() {
  java -Xmx64m -cp "$INFRA_CP" io.salesplan.infra.Tokens --keys "$KEYS" --make-keys >/dev/null \
    || fail "could not make the local signing key in $KEYS"
}

start_postgres() {
  echo "Starting PostgreSQL on 127.0.0.1:$PG_PORT…"
  "${LAUNCH[@]}" java -Xmx128m -Djava.io.tmpdir="$RUN_DIR" -cp "$INFRA_CP" io.salesplan.infra.LocalPostgres \
    "$PG_PORT" "$RUN_DIR/pgdata" goals pipeline activity review > "$LOGS/postgres.log" 2>&1 &
  local pid=$!
  record_pid postgres "$pid"
  wait_for PostgreSQL "$pid" "grep -q 'PostgreSQL ready' '$LOGS/postgres.log'" 90 "$LOGS/postgres.log"
}

start_kafka() {
  echo "Starting Kafka on 127.0.0.1:$KAFKA_PORT…"
  local dir="$RUN_DIR/kafka"
  mkdir -p "$dir/data"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=6
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  local kafka_java=(java -Xmx384m -Djava.io.tmpdir="$RUN_DIR" -Dkafka.logs.dir="$LOGS"
    -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-log4j2.properties" -cp "$INFRA_CP")
  if [ ! -f "$dir/cluster.id" ]; then
    "${kafka_java[@]}" kafka.tools.StorageTool random-uuid > "$dir/cluster.id" 2>>"$LOGS/kafka-format.log"
  fi
  "${kafka_java[@]}" kafka.tools.StorageTool format -t "$(cat "$dir/cluster.id")" -c "$dir/server.properties" \
    --ignore-formatted >> "$LOGS/kafka-format.log" 2>&1 || fail "formatting Kafka's storage failed; see $LOGS/kafka-format.log"
  "${LAUNCH[@]}" "${kafka_java[@]}" kafka.Kafka "$dir/server.properties" > "$LOGS/kafka-stdout.log" 2>&1 &
  local pid=$!
  record_pid kafka "$pid"
  wait_for Kafka "$pid" "! port_free $KAFKA_PORT" 90 "$LOGS/kafka.log"
  java -Xmx128m -cp "$INFRA_CP" -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-log4j2.properties" \
    -Dkafka.logs.dir="$LOGS" io.salesplan.infra.CreateTopics "127.0.0.1:$KAFKA_PORT" 6 >> "$LOGS/kafka-topics.log" 2>&1 \
    || { tail -20 "$LOGS/kafka-topics.log"; fail "creating the Kafka topics failed; see $LOGS/kafka-topics.log"; }
}

# The JVM that runs the services and the cockpit. A JDK 25 or newer, when the machine has one
# (SALESPLAN_JAVA, else java on the PATH, else one under /usr/lib/jvm), starts each from an AOT cache
# trained once after every build (deploy/images/aot-train; one start of each jar, kept in .run/aot/);
# otherwise the default java (17) starts them as before, only slower. C1 only and a small heap: a
# laptop-sized machine finishes a short session (start, demo load) sooner without the C2 compiler
# (the demo loaded in 127 s this way against 181 s with the default JIT), and it keeps each service
# near 200 MB resident (203-208 MB in BENCHMARKS.md §5, which measures both ways).
JVM_FLAGS=(-Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dquarkus.http.host=127.0.0.1)
java_major() { "$1" -XX:+IgnoreUnrecognizedVMOptions -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
choose_java() {
  JAVA=java AOT=false
  local candidate
  for candidate in "${SALESPLAN_JAVA:-}" "$(command -v java)" /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*2[6-9]*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      JAVA=$candidate AOT=true
      JVM_FLAGS+=(-XX:+UseCompactObjectHeaders)
      return
    fi
  done
}

# java_command NAME JAR HEAP: the command that starts NAME's jar, with its AOT cache when the JVM
# can use one (trained first when the jar is newer than the cache).
java_command() {
  local name=$1 jar=$2 heap=$3
  COMMAND=("$JAVA" "-Xmx$heap" "${JVM_FLAGS[@]}")
  $AOT || { COMMAND+=(-jar "$jar"); return; }
  local cache="$RUN_DIR/aot/$name.aot"
  mkdir -p "$RUN_DIR/aot"
  if [ ! -s "$cache" ] || [ -n "$(find "$(dirname "$jar")" -newer "$cache" -print -quit)" ]; then
    echo "Training $name's AOT cache for $JAVA (once after each build)…"
    JAVA=$JAVA deploy/images/aot-train "$cache" "${COMMAND[@]:1}" -jar "$jar" \
      || { echo "  (no AOT cache for $name: it starts without one)"; rm -f "$cache"; COMMAND+=(-jar "$jar"); return; }
  fi
  COMMAND+=("-XX:AOTCache=$cache" -jar "$jar")
}

start_services() {
  local i pids=()
  choose_java
  for i in "${!SERVICES[@]}"; do
    local s=${SERVICES[$i]}
    java_command "$s" "$s/target/quarkus-app/quarkus-run.jar" 256m
    echo "Starting $s on 127.0.0.1:${SERVICE_PORTS[$i]}…"
    "${LAUNCH[@]}" "${COMMAND[@]}" > "$LOGS/$s.log" 2>&1 &
    pids+=($!)
    record_pid "$s" "$!"
  done
  for i in "${!SERVICES[@]}"; do
    wait_for "${SERVICES[$i]}" "${pids[$i]}" \
      "curl -fsS http://127.0.0.1:${SERVICE_PORTS[$i]}/q/health/ready" "$READY_TIMEOUT" "$LOGS/${SERVICES[$i]}.log"
  done
}

# The cockpit, once the services are up: its proxy sends /api/v1 to them by the ingress's rules, and
# its "sign in as" page signs tokens with the local key (it exists only because the key is given).
start_web() {
  java_command web web/target/quarkus-app/quarkus-run.jar 128m
  COMMAND=("${COMMAND[0]}" "-Dquarkus.http.port=$WEB_PORT" "${COMMAND[@]:1}")
  echo "Starting the web cockpit on 127.0.0.1:$WEB_PORT…"
  SALESPLAN_WEB_GOALS_URL=http://127.0.0.1:${SERVICE_PORTS[0]} \
  SALESPLAN_WEB_PIPELINE_URL=http://127.0.0.1:${SERVICE_PORTS[1]} \
  SALESPLAN_WEB_ACTIVITY_URL=http://127.0.0.1:${SERVICE_PORTS[2]} \
  SALESPLAN_WEB_REVIEW_URL=http://127.0.0.1:${SERVICE_PORTS[3]} \
  SALESPLAN_WEB_LOCAL_SIGNING_KEY="$KEYS/private.pem" \
    "${LAUNCH[@]}" "${COMMAND[@]}" > "$LOGS/web.log" 2>&1 &
  local pid=$!
  record_pid web "$pid"
  wait_for web "$pid" "curl -fsS http://127.0.0.1:$WEB_PORT/q/health/ready" 60 "$LOGS/web.log"
}

# Stops in reverse start order: the cockpit and the services, then Kafka, then PostgreSQL (whose JVM
# stops the server).
stop_all() {
  [ -s "$PIDS" ] || return 0
  local lines name pid
  mapfile -t lines < <(tac "$PIDS")
  for line in "${lines[@]}"; do
    read -r name pid <<< "$line"
    alive "$pid" || continue
    kill -TERM "$pid" 2>/dev/null || true
    local waited=0
    while alive "$pid" && [ $waited -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
    if alive "$pid"; then echo "$name did not stop in 30s; killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
  done
  stop_orphan_postgres
  rm -f "$PIDS"
}

# A PostgreSQL left behind by a JVM that was killed outright.
stop_orphan_postgres() {
  local pidfile="$RUN_DIR/pgdata/postmaster.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(head -1 "$pidfile")
  if [ -n "$pid" ] && alive "$pid"; then
    kill -INT "$pid" 2>/dev/null || true
    local waited=0
    while alive "$pid" && [ $waited -lt 20 ]; do sleep 1; waited=$((waited + 1)); done
  fi
}
