package org.ceasefiretimeline.importing;

import org.ceasefiretimeline.timeline.RoundSlugs;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The importing feature's beans, for slice tests ({@code @DataJpaTest}) of it and of the features
 * on top of it.
 */
@TestConfiguration
@ComponentScan
@Import(RoundSlugs.class)
public class ImportingComponents {}
