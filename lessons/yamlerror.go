package lessons

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// yamlLine picks the line number out of a yaml.v3 syntax error message.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// yamlParserProblems start the messages of yaml.v3's parser (as opposed to
// its scanner). The parser names its line counting from 0 — the line of
// an unclosed "[" or of a mapping's first key is given as the line before
// — where the scanner counts from 1.
var yamlParserProblems = []string{"did not find expected", "found duplicate %", "found incompatible YAML document", "found undefined tag handle"}

// YAMLError splits a yaml.v3 error decoding text into the line of text
// it is about, counted from 1 whichever part of yaml.v3 found it and never
// past text's last line (0 when the message names no line), and the
// message without its "yaml: line N:" prefix.
func YAMLError(err error, text string) (line int, msg string) {
	msg = err.Error()
	m := yamlLine().FindStringSubmatch(msg)
	if m == nil {
		return 0, strings.TrimPrefix(msg, "yaml: ")
	}
	n, convErr := strconv.Atoi(m[1])
	if convErr != nil {
		return 0, strings.TrimPrefix(msg, "yaml: ")
	}
	for _, p := range yamlParserProblems {
		if strings.HasPrefix(m[2], p) {
			n++
			break
		}
	}
	// An unclosed "[" on the first line is reported where the parser gave
	// up, which may be the end of the text.
	lines := strings.Count(strings.TrimSuffix(text, "\n"), "\n") + 1
	return min(n, lines), m[2]
}
