package io.salesplan.platform.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RemoteRepTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UUID ID = UUID.fromString("6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11");
    private static final UUID TEAM = UUID.fromString("0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2");

    @Test
    void readsGoalsServicesRepWithItsTeamStateAndVersion() throws Exception {
        RemoteRep rep = RemoteRep.read(ID, MAPPER.readTree("{\"id\": \"" + ID + "\", \"name\": \"Li Wei\", "
                + "\"email\": \"li.wei@example.com\", \"teamId\": \"" + TEAM + "\", \"active\": false, \"version\": 7}"));

        assertThat(rep).isEqualTo(new RemoteRep(ID, "Li Wei", "li.wei@example.com", TEAM, false, 7));
    }

    @Test
    void aRepWithoutTeamActiveFlagOrVersionIsActiveInNoTeamAndAnyEventWins() throws Exception {
        RemoteRep rep = RemoteRep.read(ID, MAPPER.readTree("{\"name\": \"Li Wei\", \"teamId\": null}"));

        assertThat(rep).isEqualTo(new RemoteRep(ID, "Li Wei", null, null, true, -1));
    }

    @Test
    void valuesOfTheWrongShapeAreReadAsAbsent() throws Exception {
        RemoteRep rep = RemoteRep.read(ID, MAPPER.readTree("{\"teamId\": \"not-a-uuid\", \"active\": \"maybe\", "
                + "\"version\": \"seven\"}"));

        assertThat(rep.teamId()).isNull();
        assertThat(rep.active()).isTrue();
        assertThat(rep.version()).isEqualTo(-1);
    }
}
