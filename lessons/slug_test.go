package lessons_test

import (
	"testing"

	"faultline/lessons"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The network is reliable", "the-network-is-reliable"},
		{"Fault, error, failure", "fault-error-failure"},
		{"  MTBF & MTTR  ", "mtbf-mttr"},
		{"99.999% availability", "99-999-availability"},
		{"k-of-n redundancy", "k-of-n-redundancy"},
		{"--leading and trailing--", "leading-and-trailing"},
		{"Über-résumé", "ber-r-sum"},
		{"CamelCase", "camelcase"},
		{"a___b", "a-b"},
		{"???", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := lessons.Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
