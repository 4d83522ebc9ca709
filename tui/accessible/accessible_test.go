package accessible

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"faultline/assets"
	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/app"
)

func TestReadsLineByLineAndSaves(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	store := progress.Open(t.TempDir() + "/progress.json")
	var out bytes.Buffer
	in := strings.NewReader("99\n2\n\n\nq\nq\n")
	if err := Run(in, &out, app.Options{Course: course, Store: store}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		`"99" is not on the menu`,
		"The eight fallacies of distributed computing, section 1 of 10",
		"section 3 of 10",
		"Enter for the next section",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Error("accessible output contains escape codes")
	}
	st, _, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if read, _ := st.LessonSummary("fallacies"); read != 3 {
		t.Errorf("sections read = %d, want 3", read)
	}
}

func TestEndOfInputEndsQuietly(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(strings.NewReader("1\n"), &out, app.Options{Course: course}); err != nil {
		t.Fatalf("end of input: %v", err)
	}
}

// TestLastSectionSaysSo checks that the prompt after a lesson's last
// section offers to finish it rather than a next section that does not
// exist, and that enter there goes back to the lesson list.
func TestLastSectionSaysSo(t *testing.T) {
	course, got := readFirstLesson(t)
	n := len(course.Lessons[0].Sections)
	if c := strings.Count(got, "Enter for the next section"); c != n-1 {
		t.Errorf("%d prompts offer a next section, want %d (one per section but the last)", c, n-1)
	}
	last := strings.Index(got, "Last section. Enter to finish the lesson")
	end := strings.Index(got, "You finished "+course.Lessons[0].Title)
	if last < 0 || end < last {
		t.Errorf("the last section's prompt or the end of the lesson is missing:\n%s", got[max(0, len(got)-600):])
	}
}

func TestUnknownInputAsksAgain(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	in := strings.NewReader("2\np\nquit\n\nq\nq\n")
	if err := Run(in, &out, app.Options{Course: course}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"This is the first section; there is none before it.",
		`"quit" is not an answer here`,
		"section 2 of 10",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := strings.Count(got, "section 1 of 10: "); n != 1 {
		t.Errorf("section 1 was printed %d times; p and a typo should not print it again", n)
	}
	if strings.Contains(got, "section 3 of 10") {
		t.Error("a typo moved on to another section")
	}
}

// TestResumePastTheEndClamps checks that saved progress pointing past the
// end of a lesson (a hand-edited file, or a deck whose lesson is shorter
// than the built-in one of the same id) resumes at the last section
// instead of panicking.
func TestResumePastTheEndClamps(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	first := course.Lessons[0]
	store := progress.Open(t.TempDir() + "/progress.json")
	if _, err := store.Update(func(st *progress.State) {
		st.MarkRead(first.ID, first.Sections[0].ID, 0, len(first.Sections), time.Now())
		st.Lessons[first.ID].Section = 99
	}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(strings.NewReader("1\nq\nq\n"), &out, app.Options{Course: course, Store: store}); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("section %d of %d", len(first.Sections), len(first.Sections))
	if !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
}

// TestMenuOffersQuizAndReview checks that the accessible course offers a
// lesson's quiz from the menu and at the end of the lesson, and the review
// of the questions due.
func TestMenuOffersQuizAndReview(t *testing.T) {
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	bank, err := quiz.Load(assets.FS, course)
	if err != nil {
		t.Fatal(err)
	}
	first := course.Lessons[0]
	n := len(bank.ByLesson(first.ID))
	var in strings.Builder
	in.WriteString("r\n")                                                                     // nothing due yet
	in.WriteString("q2\n" + strings.Repeat("\n", len(bank.ByLesson(course.Lessons[1].ID))+1)) // lesson 2's quiz, every question skipped, back
	checks := 0                                                                               // each check question of the lesson is skipped with an empty line
	for _, s := range first.Sections {
		for _, b := range s.Blocks() {
			if b.Kind == lessons.KindQuiz {
				checks++
			}
		}
	}
	in.WriteString("1\n" + strings.Repeat("\n", len(first.Sections)-1+checks)) // read lesson 1 to its last section
	in.WriteString("\ny\nf\n" + strings.Repeat("\n", n+1))                     // finish it, take its quiz, back
	in.WriteString("q\n")
	var out bytes.Buffer
	if err := Run(strings.NewReader(in.String()), &out, app.Options{Course: course, Bank: bank}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"r to review (0 due)",
		"Nothing is due for review",
		"Quiz: " + course.Lessons[1].Title,
		fmt.Sprintf("Score: 0 of %d", len(bank.ByLesson(course.Lessons[1].ID))),
		"You finished " + first.Title,
		fmt.Sprintf("Type y to take its quiz (%d questions)", n),
		"Quiz: " + first.Title,
		fmt.Sprintf("Score: 0 of %d\nType t to take it again; or Enter or q for the menu: \nLesson number to read", n),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestTablesAreReadAsLines: a screen reader reads a boxed table as its
// border characters, so the lessons' tables come as their rows, each cell
// a line headed by its column.
func TestTablesAreReadAsLines(t *testing.T) {
	_, got := readFirstLesson(t)
	if !strings.Contains(got, "definition: Tanenbaum & van Steen") || !strings.Contains(got, "looks from: the user") {
		t.Errorf("lesson 1's table of definitions is not read row by row:\n%s", got[max(0, len(got)-1500):])
	}
	for _, box := range []string{"│", "─", "╭", "┼"} {
		if strings.Contains(got, box) {
			t.Errorf("the accessible reader drew %q, which a screen reader reads aloud", box)
		}
	}
}

// readFirstLesson reads the built-in course's first lesson from its
// first section past its last with enter alone, then quits, and returns
// the course and all that was said.
func readFirstLesson(t *testing.T) (*lessons.Course, string) {
	t.Helper()
	course, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	in := "1\n" + strings.Repeat("\n", len(course.Lessons[0].Sections)) + "q\n"
	var out bytes.Buffer
	if err := Run(strings.NewReader(in), &out, app.Options{Course: course}); err != nil {
		t.Fatal(err)
	}
	return course, out.String()
}
