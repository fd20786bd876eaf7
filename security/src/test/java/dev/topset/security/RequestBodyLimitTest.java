package dev.topset.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(1_000, List.of("/athletes/*/imports", "/imports/events"),
            8_000, new ObjectMapper());

    @Test
    void aCommandBodyAboveTheCommandLimitIsRefusedUnread() throws Exception {
        MockHttpServletResponse response = send("/sessions/s1/sets", 1_001);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("larger than 1000 bytes");
    }

    @Test
    void anUploadPathTakesItsOwnLargerLimitAndOnlyThat() throws Exception {
        assertThat(send("/athletes/a1/imports", 5_000).getStatus()).isEqualTo(200);
        assertThat(send("/imports/events", 8_000).getStatus()).isEqualTo(200);
        assertThat(send("/athletes/a1/imports", 8_001).getStatus()).isEqualTo(413);
        // a look-alike path is a command like any other
        assertThat(send("/athletes/a1/imports/extra", 5_000).getStatus()).isEqualTo(413);
    }

    private MockHttpServletResponse send(String path, int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
