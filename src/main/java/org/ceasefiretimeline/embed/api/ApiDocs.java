package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's cover; springdoc reads the rest from the controllers. */
@Configuration
class ApiDocs {

    @Bean
    OpenAPI ceasefireTimelineApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Ceasefire Timeline API")
                                .version("v1")
                                .description(
                                        "Rounds of ceasefire talks, their proposals and answers, and every dated"
                                                + " event with its sources, read-only. Every response has an ETag"
                                                + " from the data's version: send it back as If-None-Match to get"
                                                + " 304 until the data changes. Errors are RFC 9457 problem"
                                                + " details."));
    }
}
