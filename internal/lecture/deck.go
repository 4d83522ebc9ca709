package lecture

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"faultline/lessons"
)

// Slide is one slide: a lesson's title slide (Section == -1) or one section.
type Slide struct {
	// Lesson is the lesson the slide belongs to.
	Lesson lessons.Lesson
	// LessonIndex is the position of the lesson in the deck, from 0.
	LessonIndex int
	// Section is the index in Lesson.Sections, or -1 for the lesson's title slide.
	Section int
	// Title is the section title, or the lesson title on a title slide.
	Title string
	// Notes are the speaker notes; "" on title slides.
	Notes string
	// Steps is the number of reveal steps: the top-level list items when the
	// section asks for reveal, else 0 (see lessons.Section.RevealSteps).
	Steps int
	// Parts are the slide's share of the section's parts; nil on title slides.
	Parts []lessons.Part
	// Page is which slide of its section this is, from 0: a section whose
	// check question follows a calculator or scenario is split so that
	// each is drawn whole (see pages).
	Page int
}

// Shown returns the parts of the slide shown at reveal step step: all of
// them when the slide has no reveal steps.
func (s Slide) Shown(step int) []lessons.Part {
	if s.Steps == 0 {
		return s.Parts
	}
	return lessons.ShownParts(s.Parts, step)
}

// Blocks returns the slide's live blocks, in order; nil on title slides.
func (s Slide) Blocks() []lessons.Block { return lessons.LiveBlocks(s.Parts) }

// IsTitle reports whether s is a lesson's title slide.
func (s Slide) IsTitle() bool { return s.Section < 0 }

// Deck is the slides of a lecture, in the order they are presented.
type Deck struct {
	// Slides are every lesson's title slide followed by its sections.
	Slides []Slide
	// Lessons are the presented lessons, in deck order.
	Lessons []lessons.Lesson
}

// NewDeck builds the deck of the lessons named by ids, in the order given.
// With no ids it presents every lesson of the course in course order. An
// unknown id is an error naming it and listing the valid ids.
func NewDeck(course *lessons.Course, ids []string) (*Deck, error) {
	if course == nil || len(course.Lessons) == 0 {
		return nil, errors.New("lecture: the course has no lessons")
	}
	if len(ids) == 0 {
		ids = course.IDs()
	}
	var chosen []lessons.Lesson
	var unknown []string
	for _, id := range ids {
		l, ok := course.Lesson(id)
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q", id))
			continue
		}
		chosen = append(chosen, l)
	}
	if len(unknown) > 0 {
		noun := "lesson"
		if len(unknown) > 1 {
			noun = "lessons"
		}
		return nil, fmt.Errorf("lecture: unknown %s %s; valid lessons: %s",
			noun, strings.Join(unknown, ", "), strings.Join(course.IDs(), ", "))
	}
	return deckOf(chosen), nil
}

// deckOf lays out the slides of the given lessons.
func deckOf(ls []lessons.Lesson) *Deck {
	d := &Deck{Lessons: ls}
	for li, l := range ls {
		d.Slides = append(d.Slides, Slide{Lesson: l, LessonIndex: li, Section: -1, Title: l.Title})
		for si, s := range l.Sections {
			for pi, parts := range pages(s.Parts) {
				sl := Slide{
					Lesson:      l,
					LessonIndex: li,
					Section:     si,
					Title:       s.Title,
					Notes:       s.Notes,
					Parts:       parts,
					Page:        pi,
				}
				if pi > 0 {
					sl.Title = s.Title + checkSuffix
				}
				if s.Reveal {
					sl.Steps = lessons.ItemCount(parts)
				}
				d.Slides = append(d.Slides, sl)
			}
		}
	}
	return d
}

// Len returns the number of slides.
func (d *Deck) Len() int {
	if d == nil {
		return 0
	}
	return len(d.Slides)
}

// ID returns a stable identity of the deck: a short hash of its lesson ids
// and section ids in order, so a notes view can tell two decks apart. Decks
// of the same lessons and sections have the same ID across runs.
func (d *Deck) ID() string {
	h := sha256.New()
	if d != nil {
		for _, l := range d.Lessons {
			fmt.Fprintf(h, "%d:%s\n", len(l.ID), l.ID)
			for _, s := range l.Sections {
				fmt.Fprintf(h, "\t%d:%s\n", len(s.ID), s.ID)
				// A split section moves every later slide: a resume record
				// of the unsplit deck must not land on the wrong slide.
				if n := len(pages(s.Parts)); n > 1 {
					fmt.Fprintf(h, "\t\tpages:%d\n", n)
				}
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
