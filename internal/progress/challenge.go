package progress

import "time"

// ChallengeKey names a scenario's challenge in State.Challenges.
func ChallengeKey(scenario, challenge string) string { return scenario + "/" + challenge }

// SolveChallenge records that a challenge was met at now; the first time is
// the one kept.
func (s *State) SolveChallenge(scenario, challenge string, now time.Time) {
	if s.Challenges == nil {
		s.Challenges = map[string]time.Time{}
	}
	k := ChallengeKey(scenario, challenge)
	if _, done := s.Challenges[k]; !done {
		s.Challenges[k] = now
	}
}

// Solved reports whether a challenge has been met.
func (s *State) Solved(scenario, challenge string) bool {
	_, ok := s.Challenges[ChallengeKey(scenario, challenge)]
	return ok
}
