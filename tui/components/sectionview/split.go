package sectionview

import (
	"strconv"
	"strings"

	"charm.land/glamour/v2/ansi"

	"faultline/lessons"
)

// ansiStyle is Glamour's style configuration.
type ansiStyle = ansi.StyleConfig

// placeholder is the word that stands in the Markdown for the i-th live
// block while Glamour renders the prose around it.
func placeholder(i int) string { return "FLTLIVEBLOCK" + strconv.Itoa(i) + "Q" }

// split replaces every ```faultline fenced block in md with a paragraph
// holding only its placeholder, and returns the blocks in order.
func split(md string) (string, []lessons.Block) {
	if !strings.Contains(md, "faultline") {
		return md, nil
	}
	lines := strings.Split(md, "\n")
	var out []string
	var blocks []lessons.Block
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		fence, info, ok := openingFence(t)
		if !ok {
			out = append(out, lines[i])
			continue
		}
		blocks = append(blocks, parseInfo(info))
		out = append(out, "", placeholder(len(blocks)-1), "")
		for i+1 < len(lines) && !isClosingFence(strings.TrimSpace(lines[i+1]), fence) {
			i++
		}
		i++ // the closing fence
	}
	return strings.Join(out, "\n"), blocks
}

// openingFence reports whether t opens a faultline block, returning its
// fence (the run of backticks or tildes) and the info string.
func openingFence(t string) (fence, info string, ok bool) {
	for _, c := range []string{"`", "~"} {
		n := len(t) - len(strings.TrimLeft(t, c))
		if n >= 3 {
			fence, info = t[:n], strings.TrimSpace(t[n:])
			f := strings.Fields(info)
			return fence, info, len(f) > 0 && f[0] == "faultline"
		}
	}
	return "", "", false
}

// isClosingFence reports whether t closes a block opened with fence.
func isClosingFence(t, fence string) bool {
	return strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == ""
}

// parseInfo reads "faultline KIND ARGS…". For compose the whole rest is
// one argument, the expression with its spaces, as the lessons package
// reads it.
func parseInfo(info string) lessons.Block {
	rest := strings.TrimSpace(strings.TrimPrefix(info, "faultline"))
	kind, args, _ := strings.Cut(rest, " ")
	args = strings.TrimSpace(args)
	switch {
	case kind == lessons.KindCompose:
		return lessons.Block{Kind: kind, Args: []string{args}}
	case args == "":
		return lessons.Block{Kind: kind}
	}
	return lessons.Block{Kind: kind, Args: strings.Fields(args)}
}
