package progress

import (
	"time"

	"faultline/quiz"
)

// Version is the version of the file format this package writes.
const Version = 1

// State is everything faultline remembers about one student.
type State struct {
	// Version is the file format version; Update always writes Version.
	Version int `json:"version"`
	// Lessons holds progress per lesson id.
	Lessons map[string]*Lesson `json:"lessons"`
	// Last is where the student was most recently reading.
	Last Position `json:"last"`
	// Quiz holds the review history per question id, in the shape the
	// quiz scheduler uses.
	Quiz map[string]quiz.Record `json:"quiz"`
	// Scores holds each lesson quiz's last and best finished attempt, by
	// lesson id. Answers alone (a quiz left early, a lesson's embedded
	// checks, review) never make a score.
	Scores map[string]QuizScore `json:"scores,omitempty"`
	// Challenges holds when each scenario challenge was first met, by
	// "scenario/challenge" id.
	Challenges map[string]time.Time `json:"challenges,omitempty"`
}

// Lesson is the progress through one lesson.
type Lesson struct {
	// Read holds the ids of the sections the student has read.
	Read map[string]bool `json:"read"`
	// Completed reports whether every section has been read.
	Completed bool `json:"completed"`
	// Section is the index of the section the student left off at.
	Section int `json:"section"`
	// Updated is when the student last read a section of this lesson.
	Updated time.Time `json:"updated"`
}

// Position names a section of a lesson by its index.
type Position struct {
	// Lesson is the lesson id; empty when nothing has been read yet.
	Lesson string `json:"lesson"`
	// Section is the section index within the lesson.
	Section int `json:"section"`
}

// NewState returns an empty state of the current version, ready to use.
func NewState() State {
	return State{Version: Version, Lessons: map[string]*Lesson{}, Quiz: map[string]quiz.Record{}, Scores: map[string]QuizScore{}, Challenges: map[string]time.Time{}}
}

// normalize fills in nil maps and drops null lesson entries, so that a state
// decoded from any valid file is safe to use.
func (s *State) normalize() {
	if s.Version == 0 {
		s.Version = Version
	}
	if s.Lessons == nil {
		s.Lessons = map[string]*Lesson{}
	}
	for id, l := range s.Lessons {
		if l == nil {
			delete(s.Lessons, id)
			continue
		}
		if l.Read == nil {
			l.Read = map[string]bool{}
		}
		if l.Section < 0 {
			l.Section = 0
		}
	}
	if s.Quiz == nil {
		s.Quiz = map[string]quiz.Record{}
	}
	if s.Scores == nil {
		s.Scores = map[string]QuizScore{}
	}
	if s.Challenges == nil {
		s.Challenges = map[string]time.Time{}
	}
	if s.Last.Section < 0 {
		s.Last.Section = 0
	}
}
