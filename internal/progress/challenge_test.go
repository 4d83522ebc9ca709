package progress

import (
	"path/filepath"
	"testing"
	"time"
)

// TestSolveChallengeSurvivesASave: a met challenge is kept, with the time it
// was first met, through a save and a load; an old file without the field
// loads with none met.
func TestSolveChallengeSurvivesASave(t *testing.T) {
	store := Open(filepath.Join(t.TempDir(), "progress.json"))
	first := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if _, err := store.Update(func(s *State) {
		s.SolveChallenge("cold-standby", "cold-downtime", first)
		s.SolveChallenge("cold-standby", "cold-downtime", first.Add(time.Hour))
	}); err != nil {
		t.Fatal(err)
	}
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !st.Solved("cold-standby", "cold-downtime") || st.Solved("cold-standby", "cold-writes") {
		t.Errorf("solved = %v", st.Challenges)
	}
	if got := st.Challenges[ChallengeKey("cold-standby", "cold-downtime")]; !got.Equal(first) {
		t.Errorf("kept %v, want the first time %v", got, first)
	}
	old, err := decodeState([]byte(`{"version":1,"lessons":{},"quiz":{}}`))
	if err != nil || old.Challenges == nil || old.Solved("a", "b") {
		t.Errorf("old file: %v %v", old.Challenges, err)
	}
}
