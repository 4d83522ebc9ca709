package lessons

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestYAMLErrorLine checks that a YAML mistake is reported at the line
// that holds it, whether yaml.v3's scanner or its parser found it (the
// parser counts from 0).
func TestYAMLErrorLine(t *testing.T) {
	for _, tt := range []struct {
		text string
		line int
	}{
		{"id: a\ntitle: b\norder: 1\nminutes: [5\nsummary: c\n", 4}, // parser: unclosed flow sequence
		{"- id: x\n  prompt: [Is it?\n  answer: true\n", 2},         // parser
		{"- id: [x\n", 1}, // parser, first line: never past the end
		{"id: a\ntitle: b\n  bad: indent\norder: 1\n", 3},                  // scanner
		{"id: a\ntitle: \"b\norder: 1\nx: y\n", 2},                         // scanner: unclosed quote
		{"id: a\n\ttitle: b\n", 2},                                         // scanner: tab
		{"a:\n  b: 1\n c: 2\n", 3},                                         // parser: did not find expected key
		{"- id: x\n  prompt: fine\n- id: y\n  prompt: {a: 1\n  z: 2\n", 4}, // parser: unclosed flow mapping
	} {
		var doc yaml.Node
		err := yaml.Unmarshal([]byte(tt.text), &doc)
		if err == nil {
			t.Fatalf("%q decoded without error", tt.text)
		}
		if line, msg := YAMLError(err, tt.text); line != tt.line {
			t.Errorf("%q: %q reported at line %d, want %d", tt.text, msg, line, tt.line)
		}
	}
}
