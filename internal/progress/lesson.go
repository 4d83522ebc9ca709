package progress

import (
	"time"

	"faultline/quiz"
)

// lesson returns the progress entry for id, creating it if needed.
func (s *State) lesson(id string) *Lesson {
	if s.Lessons == nil {
		s.Lessons = map[string]*Lesson{}
	}
	l := s.Lessons[id]
	if l == nil {
		l = &Lesson{Read: map[string]bool{}}
		s.Lessons[id] = l
	}
	if l.Read == nil {
		l.Read = map[string]bool{}
	}
	return l
}

// MarkRead records that the student has read section (its id) of lesson,
// which sits at index among total sections. It moves the lesson's resume
// point and Last to that section and marks the lesson completed once at
// least total distinct sections have been read. An index outside
// [0, total) is clamped into it; total below one is treated as one.
func (s *State) MarkRead(lesson, section string, index, total int, now time.Time) {
	if total < 1 {
		total = 1
	}
	index = min(max(index, 0), total-1)
	l := s.lesson(lesson)
	l.Read[section] = true
	l.Section = index
	l.Updated = now
	if len(l.Read) >= total {
		l.Completed = true
	}
	s.Last = Position{Lesson: lesson, Section: index}
}

// Resume returns the index of the section to reopen lesson at, which has
// sections sections: where the student left off, or 0 for a lesson never
// opened. Saved progress may point past the end of the lesson (a hand-edited
// file, or a deck whose lesson of that id is shorter), so the index is
// clamped into [0, sections).
func (s *State) Resume(lesson string, sections int) int {
	i := 0
	if l := s.Lessons[lesson]; l != nil {
		i = l.Section
	}
	return max(min(i, sections-1), 0)
}

// LessonSummary reports how many sections of lesson have been read and
// whether the lesson is completed.
func (s *State) LessonSummary(lesson string) (read int, completed bool) {
	l := s.Lessons[lesson]
	if l == nil {
		return 0, false
	}
	return len(l.Read), l.Completed
}

// SetRecord stores the review history of quiz question id.
func (s *State) SetRecord(id string, r quiz.Record) {
	if s.Quiz == nil {
		s.Quiz = map[string]quiz.Record{}
	}
	s.Quiz[id] = r
}
