package lessons_test

import (
	"reflect"
	"testing"

	"faultline/lessons"
)

func TestSearchGlossary(t *testing.T) {
	c := &lessons.Course{Glossary: []lessons.Term{
		{Term: "Availability", Definition: "Readiness for correct service."},
		{Term: "Fail-silent failure", Definition: "A failure where the component stops producing output."},
		{Term: "Failover", Definition: "Moving work to a standby when the primary fails."},
		{Term: "Failure", Definition: "A deviation of delivered service from correct service."},
		{Term: "Fault", Definition: "The hypothesised cause of an error."},
		{Term: "Fault tolerance", Definition: "Delivering correct service despite faults."},
		{Term: "Mean time between failures", Definition: "Average operating time between two failures."},
		{Term: "Mean time to repair", Definition: "Average time to restore service after a failure."},
		{Term: "Reliability", Definition: "Continuity of correct service."},
		{Term: "Safe failure", Definition: "A failure whose consequences are benign."},
	}}
	tests := []struct {
		query string
		want  []string
	}{
		// exact first, then prefixes in glossary order, then a later word,
		// then in-order letters, then definitions.
		{"fault", []string{"Fault", "Fault tolerance"}},
		{"tol", []string{"Fault tolerance"}},
		{"ailure", []string{"Failure", "Safe failure", "Fail-silent failure", "Mean time between failures", "Mean time to repair"}},
		{"FAIL", []string{"Fail-silent failure", "Failover", "Failure", "Safe failure", "Mean time between failures", "Mean time to repair"}},
		{"  failure ", []string{"Failure", "Safe failure", "Fail-silent failure", "Mean time between failures", "Mean time to repair"}},
		{"mtbf", []string{"Mean time between failures"}},
		{"mttr", []string{"Mean time to repair", "Mean time between failures"}},
		{"time", []string{"Mean time between failures", "Mean time to repair"}},
		{"tolerance", []string{"Fault tolerance"}},
		// gaps: Failure 3 at 0, Safe failure 3 at 5, Fail-silent failure 3
		// at 12, Mean time… 3 at 19, Failover 5, Fault tolerance 10.
		{"flr", []string{"Failure", "Safe failure", "Fail-silent failure", "Mean time between failures", "Failover", "Fault tolerance"}},
		{"benign", []string{"Safe failure"}},
		{"zzz", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range c.SearchGlossary(tt.query) {
			got = append(got, term.Term)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SearchGlossary(%q)\n got %q\nwant %q", tt.query, got, tt.want)
		}
	}
	if got := c.SearchGlossary(""); !reflect.DeepEqual(got, c.Glossary) {
		t.Errorf("empty query returned %d terms, want all %d in order", len(got), len(c.Glossary))
	}
	all := c.SearchGlossary(" ")
	all[0].Term = "changed"
	if c.Glossary[0].Term == "changed" {
		t.Errorf("SearchGlossary returned the course's own slice")
	}
}
