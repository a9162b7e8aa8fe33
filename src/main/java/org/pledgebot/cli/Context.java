package org.pledgebot.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may touch of the outside world, passed in so that tests run commands in-process.
 *
 * @param env the environment variables
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param terminal whether a person types at a terminal ({@code System.console() != null}), so
 *     that a command waiting for input says so
 */
record Context(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {}
