package quiz

import "testing"

func TestStandingAndMissed(t *testing.T) {
	records := map[string]Record{
		"a-1": {Box: 2, Seen: 1, Correct: 1},
		"a-2": {Box: 1, Seen: 2, Correct: 1}, // right once, then missed
		"a-3": {},
	}
	if got, want := StandingOf(records, []string{"a-1", "a-2", "a-3", "a-4"}), (Standing{Right: 1, Answered: 2, Total: 4}); got != want {
		t.Errorf("StandingOf = %+v, want %+v", got, want)
	}
	qs := []Question{{ID: "a-1"}, {ID: "a-2"}, {ID: "a-3"}}
	if got := Missed(records, qs); len(got) != 1 || got[0].ID != "a-2" {
		t.Errorf("Missed = %v, want only a-2", got)
	}
}
