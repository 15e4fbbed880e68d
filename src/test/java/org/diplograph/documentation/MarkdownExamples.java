package org.diplograph.documentation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a Markdown page, in the order a reader meets them. A fenced block is an example's input when it is
 * {@code graphql} or {@code bash}, and the block after it (only blank lines and prose between) is its printed answer
 * when that one is {@code json} or {@code text}. Blocks whose info string adds {@code template} (a snippet to fill in) or
 * {@code manual} (a command run by hand: an install, a benchmark) are not run. An HTML comment {@code <!-- background: NAME -->} before a bash block starts it in the background;
 * {@code <!-- output: NAME -->} before an answer block makes it the answer of that background block.
 */
record MarkdownExamples(Path page, List<Example> examples) {

    /** A block of the page, with the line it starts on. */
    record Block(String language, boolean template, String text, int line, String background, String outputOf) {
    }

    /** An input and the answer printed for it (null when the page prints none). */
    record Example(Block input, Block answer) {

        String where(Path page) {
            return page.getFileName() + ":" + input.line();
        }
    }

    /** Info-string words of blocks that are not run: a snippet to fill in, or a command run by hand (a benchmark). */
    private static final java.util.Set<String> NOT_RUN = java.util.Set.of("template", "manual");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*(\\w*)\\s*$");
    private static final Pattern BACKGROUND = Pattern.compile("<!--\\s*background:\\s*(\\S+)\\s*-->");
    private static final Pattern OUTPUT = Pattern.compile("<!--\\s*output:\\s*(\\S+)\\s*-->");

    static MarkdownExamples of(Path page) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(page));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.template() || block.outputOf() != null || !isInput(block)) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean answered = block.background() == null && next != null && isAnswer(next) && next.outputOf() == null
                    && !next.template();
            examples.add(new Example(block, answered ? next : null));
        }
        for (Block block : blocks) {
            if (block.outputOf() != null) {
                examples.add(new Example(new Block("output", false, "", block.line(), null, block.outputOf()), block));
            }
        }
        return new MarkdownExamples(page, examples);
    }

    private static boolean isInput(Block block) {
        return block.language().equals("graphql") || block.language().equals("bash");
    }

    private static boolean isAnswer(Block block) {
        return block.language().equals("json") || block.language().equals("text");
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String background = null;
        String outputOf = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = BACKGROUND.matcher(lines.get(i));
            if (marker.find()) {
                background = marker.group(1);
            }
            Matcher output = OUTPUT.matcher(lines.get(i));
            if (output.find()) {
                outputOf = output.group(1);
            }
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches() || fence.group(1).isEmpty()) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            blocks.add(new Block(fence.group(1), NOT_RUN.contains(fence.group(2)),
                    String.join("\n", lines.subList(start, end)), start, background, outputOf));
            background = null;
            outputOf = null;
            i = end;
        }
        return blocks;
    }
}
