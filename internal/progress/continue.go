package progress

import "faultline/lessons"

// Continue returns where "Continue" leads in course: the first unread
// section of the lesson in progress (the one last read), else the first
// unread section of the next lesson not yet completed after it. It reports
// false when nothing has been read yet, or when every lesson after the one
// in progress is completed.
func (s *State) Continue(course *lessons.Course) (lesson string, section int, ok bool) {
	if course == nil || s.Last.Lesson == "" {
		return "", 0, false
	}
	start := -1
	for i, l := range course.Lessons {
		if l.ID == s.Last.Lesson {
			start = i
			break
		}
	}
	if start < 0 {
		return "", 0, false
	}
	for _, l := range course.Lessons[start:] {
		if i, unread := s.firstUnread(l); unread {
			return l.ID, i, true
		}
	}
	return "", 0, false
}

// firstUnread is the index of l's first section not read, and false when
// every section has been read.
func (s *State) firstUnread(l lessons.Lesson) (int, bool) {
	p := s.Lessons[l.ID]
	for i, sec := range l.Sections {
		if p == nil || !p.Read[sec.ID] {
			return i, true
		}
	}
	return 0, false
}

// Standing counts the lessons of course completed.
func (s *State) Standing(course *lessons.Course) (completed, total int) {
	if course == nil {
		return 0, 0
	}
	for _, l := range course.Lessons {
		if _, unread := s.firstUnread(l); !unread && len(l.Sections) > 0 {
			completed++
		}
	}
	return completed, len(course.Lessons)
}

// SectionsRead counts the sections of l the student has read; ids of
// sections no longer in the lesson are not counted.
func (s *State) SectionsRead(l lessons.Lesson) int {
	p := s.Lessons[l.ID]
	if p == nil {
		return 0
	}
	n := 0
	for _, sec := range l.Sections {
		if p.Read[sec.ID] {
			n++
		}
	}
	return n
}
