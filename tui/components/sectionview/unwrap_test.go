package sectionview

import "testing"

func TestJoinListLines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"wrapped item", "- lead to **surprises** from\n  parts you do not control.", "- lead to **surprises** from parts you do not control."},
		{"numbered item", "1. Detect the failure\n   with heartbeats.\n2. Promote", "1. Detect the failure with heartbeats.\n2. Promote"},
		{"nested list stays", "- outer\n  - inner\n    more", "- outer\n  - inner more"},
		{"paragraph after blank", "- item\n\n  new paragraph", "- item\n\n  new paragraph"},
		{"unindented text ends the item", "- item\nParagraph.", "- item\nParagraph."},
		{"fences untouched", "```\n- a\n  b\n```", "```\n- a\n  b\n```"},
		{"plain paragraph", "one\ntwo", "one\ntwo"},
	}
	for _, tt := range tests {
		if got := joinListLines(tt.in); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
