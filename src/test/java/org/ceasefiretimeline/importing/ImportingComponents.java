package org.ceasefiretimeline.importing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The importing feature's beans, for slice tests ({@code @DataJpaTest}) of it and of the features
 * on top of it.
 */
@TestConfiguration
@ComponentScan
public class ImportingComponents {}
