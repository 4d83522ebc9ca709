package classroom

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"faultline/internal/lecture"
	"faultline/internal/statedir"
	"faultline/internal/termtext"
)

// answered reports whether s holds any answer.
func (s Snapshot) answered() bool {
	for _, q := range s.Questions {
		if len(q.Answers) > 0 {
			return true
		}
	}
	return false
}

// SaveAnswers writes s to path atomically (0600) through statedir.
func SaveAnswers(path string, s Snapshot) error {
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return statedir.WriteFile(path, append(data, '\n'))
}

// LoadAnswers reads the Snapshot kept at path for the lecture of the
// deck base.Deck whose results files are named stem, as a lecture
// resumed with --resume gives it to its new hub. A missing file is an
// empty Snapshot. A file that does not read, or is another lecture's, is
// moved aside (path.unusable-<time>), never written over, and notice says
// so, naming both; err is set only when it could not be moved aside (the
// keeper must then leave it: ResultsKeeper.LeaveAnswersFile).
//
// When the results were saved after the Snapshot (it could not be written
// then), only its answers that the results hold alike are kept: the
// results are newer.
func LoadAnswers(path, stem string, base lecture.Results, now time.Time) (s Snapshot, notice string, err error) {
	data, err := statedir.ReadFile(path, lecture.MaxResultsSize)
	if errors.Is(err, fs.ErrNotExist) {
		return Snapshot{}, "", nil
	}
	problem := ""
	switch {
	case err != nil:
		problem = err.Error()
	case json.Unmarshal(data, &s) != nil:
		problem = "it is not JSON faultline wrote"
	case s.Version != SnapshotVersion:
		problem = fmt.Sprintf("it is of version %d; this faultline reads version %d", s.Version, SnapshotVersion)
	case s.Deck != base.Deck || s.Results != stem:
		problem = "it is of another lecture"
	}
	if problem == "" {
		return s.agreeing(base), "", nil
	}
	said := fmt.Sprintf("the students' answers kept for --resume in %s cannot be used (%s)", quote(path), problem)
	aside, merr := statedir.MoveAside(path, "unusable", now)
	if merr != nil {
		return Snapshot{}, said + "; it is left as it is and not written over", fmt.Errorf("cannot move %s aside: %w", quote(path), merr)
	}
	return Snapshot{}, said + "; it is kept as " + quote(aside) + ". Students answer again; the results files keep their earlier answers", nil
}

// agreeing is s without the answers the results r, saved after s, do not
// hold alike; s itself when r was not saved after it.
func (s Snapshot) agreeing(r lecture.Results) Snapshot {
	if !r.Saved.After(s.Saved) {
		return s
	}
	type key struct{ q, s string }
	held := make(map[key]lecture.Answer, len(r.Answers))
	for _, a := range r.Answers {
		held[key{a.Question, a.Student}] = a
	}
	out := s
	out.Questions = make([]SavedQuestion, len(s.Questions))
	for i, q := range s.Questions {
		q.Answers = nil
		for _, a := range s.Questions[i].Answers {
			if h, ok := held[key{q.ID, a.Student}]; ok && h.Answer == a.Answer && h.Correct == a.Correct && h.Changed == a.Changed {
				q.Answers = append(q.Answers, a)
			}
		}
		out.Questions[i] = q
	}
	return out
}

// quote is path quoted whole, escape sequences neutralised.
func quote(path string) string { return `"` + termtext.Neutralize(path) + `"` }
