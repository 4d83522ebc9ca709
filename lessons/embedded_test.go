package lessons_test

import (
	"reflect"
	"testing"

	"faultline/assets"
	"faultline/lessons"
)

// courseIDs are the built-in course's lessons, in order.
var courseIDs = []string{
	"intro", "fallacies", "designing", "failures", "fault-chain", "taxonomy", "failure-spectrum",
	"dependability", "availability", "means", "fault-tolerance", "failover", "microservices",
}

func TestEmbeddedCourse(t *testing.T) {
	c, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatalf("the built-in course does not load:\n%v", err)
	}
	if got := c.IDs(); !reflect.DeepEqual(got, courseIDs) {
		t.Errorf("lesson ids\n got %q\nwant %q", got, courseIDs)
	}
	for i, l := range c.Lessons {
		if l.Order != i+1 {
			t.Errorf("%s: order %d, want %d", l.File, l.Order, i+1)
		}
		if len(l.Sections) == 0 {
			t.Errorf("%s: no sections", l.File)
		}
		for _, s := range l.Sections {
			if s.Body == "" {
				t.Errorf("%s:%d: section %q is empty", l.File, s.Line, s.Title)
			}
		}
	}
	if len(c.Glossary) == 0 {
		t.Fatalf("the built-in glossary is empty")
	}
	for _, term := range c.Glossary {
		if _, _, ok := c.Resolve(term.Lesson); !ok {
			t.Errorf("glossary term %q links to %q, which does not resolve", term.Term, term.Lesson)
		}
		if term.Definition == "" {
			t.Errorf("glossary term %q has no definition", term.Term)
		}
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lessons.Load(assets.FS); err != nil {
			b.Fatal(err)
		}
	}
}
