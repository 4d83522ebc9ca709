package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/lecture"
	"faultline/internal/termtext"
	"faultline/tui/components/textwrap"
)

// resultsWidth is the width the results table wraps prompts at; answers
// and names are cut to their columns.
const resultsWidth = 80

// Column limits of the results table, in cells.
const (
	maxStudentCell = 20 // classroom names are at most 20 runes
	maxAnswerCell  = 36
)

// resultsTable is the results as text: a heading, then per question its
// prompt, how many answered and were right and a row per student, then
// each student's score.
func resultsTable(r lecture.Results) string {
	var b strings.Builder
	questions, students := resultsGroups(r.Answers)
	right := 0
	for _, a := range r.Answers {
		if a.Correct {
			right++
		}
	}
	head := "Lecture results"
	if len(r.Lessons) > 0 {
		head += " · " + cell(strings.Join(r.Lessons, ", "), resultsWidth/2)
	}
	if !r.Started.IsZero() {
		head += " · started " + r.Started.UTC().Format("2006-01-02 15:04 UTC")
	}
	fmt.Fprintln(&b, head)
	fmt.Fprintf(&b, "%s · %s · %s, %d right\n", count(len(students), "student"), count(len(questions), "question"), count(len(r.Answers), "answer"), right)
	for _, q := range questions {
		b.WriteString("\n")
		title := cell(q.id, resultsWidth)
		if p := cell(q.prompt, 1<<20); p != "" {
			title += " · " + p
		}
		b.WriteString(textwrap.Wrap(title, resultsWidth, "") + "\n")
		ok := 0
		for _, a := range q.answers {
			if a.Correct {
				ok++
			}
		}
		fmt.Fprintf(&b, "  %d answered, %d right\n", len(q.answers), ok)
		rows := [][]string{{"student", "answer", "right", "time"}}
		for _, a := range q.answers {
			rows = append(rows, []string{cell(a.Student, maxStudentCell), cell(a.Answer, maxAnswerCell), yesNo(a.Correct), seconds(a.Seconds)})
		}
		writeColumns(&b, rows, 3)
	}
	if len(students) > 0 {
		b.WriteString("\nStudents\n")
		rows := [][]string{{"student", "right", "answered", "mean time"}}
		for _, s := range students {
			rows = append(rows, []string{cell(s.name, maxStudentCell), strconv.Itoa(s.right), strconv.Itoa(s.answered), seconds(s.seconds / float64(s.answered))})
		}
		writeColumns(&b, rows, 1, 2, 3)
	}
	return b.String()
}

// resultsQuestion is one question's answers, in the order of the results.
type resultsQuestion struct {
	id, prompt string
	answers    []lecture.Answer
}

// resultsStudent is one student's score over every question.
type resultsStudent struct {
	name            string
	right, answered int
	seconds         float64 // summed over the answers
}

// resultsGroups groups answers by question (in the order they come) and
// sums them by student (in the order of their names).
func resultsGroups(answers []lecture.Answer) ([]resultsQuestion, []resultsStudent) {
	var qs []resultsQuestion
	qAt := map[string]int{}
	byName := map[string]*resultsStudent{}
	var names []string
	for _, a := range answers {
		i, ok := qAt[a.Question]
		if !ok {
			i = len(qs)
			qAt[a.Question] = i
			qs = append(qs, resultsQuestion{id: a.Question, prompt: a.Prompt})
		}
		qs[i].answers = append(qs[i].answers, a)
		s := byName[a.Student]
		if s == nil {
			s = &resultsStudent{name: a.Student}
			byName[a.Student] = s
			names = append(names, a.Student)
		}
		s.answered++
		s.seconds += a.Seconds
		if a.Correct {
			s.right++
		}
	}
	slices.Sort(names)
	students := make([]resultsStudent, len(names))
	for i, n := range names {
		students[i] = *byName[n]
	}
	return qs, students
}

// writeColumns writes rows as columns two spaces apart, indented by two;
// the columns numbered in right are aligned right.
func writeColumns(b *strings.Builder, rows [][]string, right ...int) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	isRight := map[int]bool{}
	for _, i := range right {
		isRight[i] = true
	}
	for _, row := range rows {
		var line strings.Builder
		line.WriteString("  ")
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if isRight[i] {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// cell is text from a results file made safe for a terminal and one line
// (escape sequences and controls removed, white space runs made one
// space), cut to width cells.
func cell(s string, width int) string {
	return ansi.Truncate(strings.Join(strings.Fields(termtext.Clean(s)), " "), width, "…")
}

// yesNo is "yes" for true.
func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}

// seconds shows a time to answer: "4.2 s", "1 min 3 s".
func seconds(s float64) string {
	if s < 60 {
		return strconv.FormatFloat(s, 'f', 1, 64) + " s"
	}
	total := int(s + 0.5)
	return fmt.Sprintf("%d min %d s", total/60, total%60)
}

// count is "1 student", "3 students".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
