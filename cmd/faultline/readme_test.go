package main

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestREADMEExamplesAreRealOutput runs every "$ faultline …" example in the
// README and compares what it prints with what the README shows. Examples
// marked with a comment (edited or shortened output) are skipped; a
// trailing "…" line means the README shows only the first lines.
func TestREADMEExamplesAreRealOutput(t *testing.T) {
	// Examples name files as a reader in a checkout would: from its root.
	t.Chdir("../..")
	text, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExamples(string(text))
	if len(examples) < 8 {
		t.Fatalf("found %d examples in the README, expected many more", len(examples))
	}
	for _, ex := range examples {
		t.Run(ex.command, func(t *testing.T) {
			args, head, ok := parseExample(ex.command)
			if !ok {
				t.Skipf("example is edited or piped through something other than head")
			}
			out, errOut, _ := run(t, args...)
			if out == "" {
				out = errOut
			}
			got := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if head > 0 && len(got) > head {
				got = got[:head]
			}
			want := ex.output
			if n := len(want); n > 0 && want[n-1] == "…" {
				want = want[:n-1]
				if len(got) > len(want) {
					got = got[:len(want)]
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("README shows:\n%s\n\nfaultline prints:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
			}
		})
	}
}

type readmeExample struct {
	command string
	output  []string
}

// readmeExamples collects the "$ faultline" lines of fenced blocks with the
// lines that follow each, up to the next command or the end of the block.
func readmeExamples(text string) []readmeExample {
	var out []readmeExample
	inFence := false
	var cur *readmeExample
	flush := func() {
		if cur != nil {
			for len(cur.output) > 0 && cur.output[len(cur.output)-1] == "" {
				cur.output = cur.output[:len(cur.output)-1]
			}
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "```") {
			if inFence {
				flush()
			}
			inFence = !inFence
			continue
		}
		if !inFence {
			continue
		}
		if strings.HasPrefix(line, "$ ") {
			flush()
			if strings.HasPrefix(line, "$ faultline ") {
				cur = &readmeExample{command: strings.TrimPrefix(line, "$ ")}
			}
			continue
		}
		if cur != nil {
			cur.output = append(cur.output, line)
		}
	}
	return out
}

// parseExample splits an example into arguments (after "faultline"), with
// the line count of a trailing "| head -N". ok is false for examples that
// carry a comment or another pipe.
func parseExample(cmd string) (args []string, head int, ok bool) {
	if strings.Contains(cmd, "#") {
		return nil, 0, false
	}
	words, ok := shellWords(cmd)
	if !ok || len(words) == 0 || words[0] != "faultline" {
		return nil, 0, false
	}
	for i, w := range words {
		if w != "|" {
			continue
		}
		if len(words) != i+3 || words[i+1] != "head" || !strings.HasPrefix(words[i+2], "-") {
			return nil, 0, false
		}
		n, err := strconv.Atoi(strings.TrimPrefix(words[i+2], "-"))
		if err != nil {
			return nil, 0, false
		}
		return words[1:i], n, true
	}
	return words[1:], 0, true
}

// shellWords splits s like a shell would for plain words and single quotes.
func shellWords(s string) ([]string, bool) {
	var words []string
	var cur strings.Builder
	inWord, quoted := false, false
	for _, r := range s {
		switch {
		case quoted && r == '\'':
			quoted = false
		case quoted:
			cur.WriteRune(r)
		case r == '\'':
			quoted, inWord = true, true
		case r == ' ':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quoted {
		return nil, false
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, true
}
