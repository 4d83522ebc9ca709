package figures_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"faultline/calc"
	"faultline/internal/coursetest"
	"faultline/internal/export"
	"faultline/internal/figures"
	"faultline/internal/scenario"
	"faultline/internal/scenario/report"
	"faultline/quiz"
)

// TestCourseWritesPercentAfterItsNumber: nothing the built-in course or
// faultline's own generated text shows a student writes "99.9 %": every
// text of the lessons, glossary and question bank, each live block's name,
// the whole course as a handout, every scenario's texts and a run of each
// (its report and event log, and each challenge's start), and the grader's
// feedback on answers a student types.
func TestCourseWritesPercentAfterItsNumber(t *testing.T) {
	course, bank := coursetest.Course(t)
	check := func(where, s string) {
		t.Helper()
		if got := figures.LoosePercent(s); got != "" {
			t.Errorf("%s writes a space before %%: %q", where, got)
		}
	}
	walk(t, "the course", reflect.ValueOf(course), check)
	walk(t, "the bank", reflect.ValueOf(bank), check)
	for _, l := range course.Lessons {
		for _, s := range l.Sections {
			for _, b := range s.Blocks() {
				check(l.ID+"#"+s.ID+" "+b.Kind, b.Describe())
			}
		}
	}
	md := export.MarkdownText(course.Lessons, bank)
	check("the handout", md)
	html, err := export.HTMLText(course.Lessons, bank)
	if err != nil {
		t.Fatal(err)
	}
	check("the HTML handout", html)
	check("the simulation's method", calc.SimMethod)
	for _, spec := range scenario.Scenarios() {
		walk(t, "scenario "+spec.Name, reflect.ValueOf(spec), check)
		runs := []scenario.Values{spec.Defaults()}
		for _, c := range spec.Challenges() {
			runs = append(runs, c.Start(spec))
		}
		for i, v := range runs {
			var b strings.Builder
			if err := report.Write(&b, spec, v, scenario.New(spec, v, 1).Run()); err != nil {
				t.Fatal(err)
			}
			check(fmt.Sprintf("a run of %s (%d)", spec.Name, i), b.String())
		}
	}
	numeric := 0
	for _, id := range bank.Lessons() {
		for _, q := range bank.ByLesson(id) {
			if q.Type != quiz.NumericType {
				continue
			}
			numeric++
			typed := []string{"0.9945", "0.5", "99", "9990", "12345", "90m", "1h", "2", "x"}
			if q.Numeric.Kind == quiz.Percent {
				// What a student types is echoed as typed only where it cannot be read.
				typed = append(typed, "99.9 %")
			}
			for _, typed := range typed {
				check(q.ID+" graded "+typed, quiz.Grade(q, quiz.TextResponse(typed)).Feedback)
			}
		}
	}
	if numeric == 0 {
		t.Error("the bank has no numeric question to grade")
	}
}

// walk calls check on every string reachable from v (struct fields, also
// unexported ones, slices, maps, pointers), each pointer followed once.
func walk(t *testing.T, where string, v reflect.Value, check func(where, s string)) {
	t.Helper()
	seen := map[uintptr]bool{}
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			check(where, v.String())
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			visit(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				visit(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				visit(v.Index(i))
			}
		case reflect.Map:
			it := v.MapRange()
			for it.Next() {
				visit(it.Key())
				visit(it.Value())
			}
		}
	}
	visit(v)
}

// TestScreensWritePercentAfterItsNumber: no screen as its golden file
// keeps it (a calculator, a scenario's figures and log, a quiz question,
// the accessible course's transcript, slides) writes "99.9 %".
func TestScreensWritePercentAfterItsNumber(t *testing.T) {
	root := filepath.Join("..", "..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".golden") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		if got := figures.LoosePercent(string(data)); got != "" {
			t.Errorf("%s writes a space before %%: %q", path, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Errorf("found only %d golden files under %s", n, root)
	}
}
