package lecture

import (
	"encoding/json"
	"fmt"
	"time"

	"faultline/internal/statedir"
)

// ResumeFile is the name, in faultline's state directory, of the record a
// presenter keeps so that `faultline lecture --resume` can carry on.
const ResumeFile = "lecture-resume.json"

// maxResumeSize bounds what LoadResume reads; a real record is tiny.
const maxResumeSize = 64 << 10

// Resume is where a lecture stood when it last changed: enough for a
// presenter restarted after a crash to carry on where it was, with the
// same join code for the students.
type Resume struct {
	// Deck is the deck's ID: a record is only resumed on the same deck.
	Deck string `json:"deck"`
	// Slide and Step are the position.
	Slide int `json:"slide"`
	Step  int `json:"step"`
	// Elapsed is the time presented and Paused whether the timer was.
	Elapsed time.Duration `json:"elapsed"`
	Paused  bool          `json:"paused"`
	// JoinCode is the classroom's join code, "" without one.
	JoinCode string `json:"join_code,omitempty"`
	// Results is the stem of the classroom's results files
	// (ResultsFile.Stem), "" without a classroom: a resumed lecture
	// carries on writing them.
	Results string `json:"results,omitempty"`
	// Anonymous are the names of the classroom's students who gave no
	// name, by the identity their login proved (an SSH key's
	// fingerprint, with --authorized-keys): a resumed lecture gives each
	// their "student-N", and so their answers, again.
	Anonymous map[string]string `json:"anonymous,omitempty"`
}

// ResumeFrom is the record of state, with the classroom's join code.
func ResumeFrom(st State, joinCode string) Resume {
	return Resume{Deck: st.Deck, Slide: st.Slide, Step: st.Step, Elapsed: st.Elapsed, Paused: st.Paused, JoinCode: joinCode}
}

// Nav is the record's position.
func (r Resume) Nav() Nav { return Nav{Slide: r.Slide, Step: r.Step} }

// Timer is the record's timer carried on at now: elapsed as saved, paused
// as it was, counting down from duration.
func (r Resume) Timer(duration time.Duration, now time.Time) Timer {
	t := NewTimer(duration, now)
	t.banked = max(r.Elapsed, 0)
	t.running = !r.Paused
	return t
}

// SaveResume writes r to path atomically (0600) through statedir.
func SaveResume(path string, r Resume) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return statedir.WriteFile(path, append(data, '\n'))
}

// LoadResume reads the record at path; a missing file is an error
// wrapping fs.ErrNotExist, a damaged one an error naming path.
func LoadResume(path string) (Resume, error) {
	var r Resume
	data, err := statedir.ReadFile(path, maxResumeSize)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return r, fmt.Errorf("%s is damaged: %v", path, err)
	}
	return r, nil
}
