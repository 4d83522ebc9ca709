package presenter

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// newClassPresenter is a presenter over "fallacies" at 120×50 whose
// changes go to a hub, with the quiz slide's index.
func newClassPresenter(t *testing.T) (*Presenter, *classroom.Hub, int) {
	t.Helper()
	m, _ := newTestPresenter(t, 120, 50, 0, "fallacies")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2222 localhost", Fingerprint: "SHA256:abc"}
	return m, hub, slideWithBlock(t, m, "quiz", "fallacies-3")
}

// TestClassroomFrames checks what students are sent: the position after
// each key, the slide's question, and on reveal the answer and tally.
func TestClassroomFrames(t *testing.T) {
	m, hub, quizAt := newClassPresenter(t)
	press(m, "right", "right")
	f, ok := hub.Current()
	if !ok || f.State.Slide != m.Nav().Slide || f.State.Step != m.Nav().Step || firstQuestion(f) != nil {
		t.Fatalf("after two presses the frame is %+v (ok %v), presenter at %+v", f.State, ok, m.Nav())
	}

	m.move(lecture.Nav{Slide: quizAt, Step: m.deck.Slides[quizAt].Steps})
	_ = plain(m)
	press(m, "down", "up") // any key publishes
	f, _ = hub.Current()
	if firstQuestion(f) == nil || firstQuestion(f).Revealed || len(firstQuestion(f).Choices) == 0 || len(f.Widgets) != 1 {
		t.Fatalf("quiz slide frame: question %+v, %d widgets", firstQuestion(f), len(f.Widgets))
	}
	st, err := hub.Join("ana", "127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	if err := hub.Answer(st, firstQuestion(f).ID, 2); err != nil {
		t.Fatal(err)
	}
	if line := ansi.Strip(m.classroomLine()); !strings.Contains(line, "1 of 1 answered") {
		t.Errorf("classroom line before the reveal: %q", line)
	}
	hub.Leave(st) // the count is of students here now, not "1 of 0"
	if line := ansi.Strip(m.classroomLine()); !strings.Contains(line, "0 of 0 answered") {
		t.Errorf("classroom line after the only student left: %q", line)
	}
	if _, err = hub.Join("ana", "127.0.0.1:2"); err != nil { // back, her answer with her
		t.Fatal(err)
	}
	if line := ansi.Strip(m.classroomLine()); !strings.Contains(line, "1 of 1 answered") {
		t.Errorf("classroom line after she came back: %q", line)
	}

	press(m, "enter", "r")
	f, _ = hub.Current()
	q := firstQuestion(f)
	if q == nil || !q.Revealed || len(q.Correct) == 0 || q.Explanation == "" || len(q.Tally) != len(q.Choices) || q.Tally[2] != 1 {
		t.Fatalf("revealed question: %+v", q)
	}
	if line := ansi.Strip(m.classroomLine()); !strings.Contains(line, "C 1") || !strings.Contains(line, "A 0") {
		t.Errorf("classroom line after the reveal lacks the distribution: %q", line)
	}
}

// TestClassroomLine checks the join line above the footer: the command,
// the code (unless keys are required), the students and the key.
func TestClassroomLine(t *testing.T) {
	m, hub, _ := newClassPresenter(t)
	if _, err := hub.Join("", "127.0.0.1:1"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		keysOnly bool
		want     []string
		not      string
	}{
		{"join code", false, []string{"code K7MQ3P · 1 student · join: ssh -p 2222 localhost · host key SHA256:abc"}, ""},
		{"keys only", true, []string{"join: ssh -p 2222 localhost"}, "code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.class.KeysOnly = tt.keysOnly
			lines := strings.Split(plain(m), "\n")
			if len(lines) != 50 {
				t.Fatalf("%d lines, want 50", len(lines))
			}
			line := lines[len(lines)-2]
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("line above the footer %q lacks %q", line, w)
				}
			}
			if tt.not != "" && strings.Contains(line, tt.not) {
				t.Errorf("line above the footer %q shows %q", line, tt.not)
			}
		})
	}
}

// TestClassroomLineCountsRefused checks that the presenter is told who
// was turned away and why.
func TestClassroomLineCountsRefused(t *testing.T) {
	m, hub, _ := newClassPresenter(t)
	hub.Refuse(classroom.RefusedFull)
	hub.Refuse(classroom.RefusedWrongCodes)
	hub.Refuse(classroom.RefusedWrongCodes)
	lines := strings.Split(plain(m), "\n")
	if line := lines[len(lines)-2]; !strings.Contains(line, "0 students · 3 refused (full 1, wrong codes 2) · join:") {
		t.Errorf("line above the footer %q does not count the refused", line)
	}
}

// TestJoinCodeOnANarrowScreen checks that at the presenter's narrowest
// the join code, which students cannot join without, is not cut.
func TestJoinCodeOnANarrowScreen(t *testing.T) {
	m, _, quizAt := newClassPresenter(t)
	for _, slide := range []int{0, quizAt} {
		m.move(lecture.Nav{Slide: slide})
		m.Update(sizeMsg(MinWidth, MinHeight))
		lines := strings.Split(plain(m), "\n")
		if line := lines[len(lines)-2]; !strings.Contains(line, "code K7MQ3P") {
			t.Errorf("slide %d at %d columns: the join row %q lacks the code", slide, MinWidth, line)
		}
	}
}

// TestStudentsDrawTheScenarioAtTheirWidth checks that a scenario player
// on a wide presenter reaches students as its state, which each student
// draws at their own width: at 64, 72, 80 and 120 columns the header's "t …
// of 120 s", the legend, the timeline and the "Live figures" column are
// whole, no line is wider than the screen, and the presenter's own
// drawing is unchanged by publishing.
func TestStudentsDrawTheScenarioAtTheirWidth(t *testing.T) {
	m, _ := newTestPresenter(t, 180, 50, 0, "failover")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2222 localhost", Fingerprint: "SHA256:abc"}
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	before := plain(m)
	press(m, "down", "up") // any key publishes
	f, _ := hub.Current()
	if len(f.Live) == 0 || f.Live[0] == nil { // the scenario, then the section's check question
		t.Fatalf("the scenario was not sent for students to draw: %+v", f)
	}
	if after := plain(m); after != before {
		t.Errorf("publishing changed the presenter's screen:\n%s", after)
	}
	r := slideview.NewSlideRenderer(m.deck)
	for _, width := range []int{64, 72, 80, 120} {
		out := ansi.Strip(r.Render(true, slideview.StudentSlide{Nav: m.Nav(), Widgets: f.Widgets, Live: drawings(f.Live), Width: width, Height: 80}))
		if w := widest(out); w > width {
			t.Errorf("at %d columns a line is %d wide:\n%s", width, w, out)
		}
		for _, want := range []string{"Active-passive, cold standby", "t 0.1 s of 120 s", "in flight", "Timeline", "Live figures", "availability", "wasted calls"} {
			if !strings.Contains(out, want) {
				t.Errorf("at %d columns the student's scenario lacks %q:\n%s", width, want, out)
			}
		}
		assertFiguresWhole(t, out)
	}
}

// drawings turns a frame's live widgets into what slideview draws.
func drawings(live []classroom.Drawing) []common.Drawing {
	out := make([]common.Drawing, len(live))
	for i, d := range live {
		out[i] = d
	}
	return out
}

// assertFiguresWhole checks that every row of a scenario widget's "Live
// figures" column ends on the same right edge as its heading's column, so
// no value is cut or wrapped, and that none is elided with "…".
func assertFiguresWhole(t *testing.T, widget string) {
	t.Helper()
	lines := strings.Split(ansi.Strip(widget), "\n")
	head, col := -1, -1
	for i, l := range lines {
		if j := strings.Index(l, "Live figures"); j >= 0 {
			head, col = i, ansi.StringWidth(l[:j])
			break
		}
	}
	if head < 0 {
		t.Fatalf("no \"Live figures\" column:\n%s", widget)
	}
	edge, rows := -1, 0
	for _, l := range lines[head+1:] {
		if ansi.StringWidth(l) <= col {
			continue
		}
		row := strings.TrimRight(ansi.Cut(l, col, ansi.StringWidth(l)), " ")
		if row == "" {
			continue
		}
		rows++
		if strings.Contains(row, "…") {
			t.Errorf("a figure is elided: %q", row)
		}
		if w := col + ansi.StringWidth(row); edge < 0 {
			edge = w
		} else if w != edge {
			t.Errorf("figure %q ends at column %d, not %d with the others", row, w, edge)
		}
	}
	if rows < 2 {
		t.Errorf("only %d figure rows under \"Live figures\":\n%s", rows, widget)
	}
}

// sizeCounter is a widget as wide as it is told, counting its sizes.
type sizeCounter struct {
	note
	sizes int
	text  string
}

func (c *sizeCounter) SetSize(w, h int) { c.sizes++; c.width, c.height = w, h }
func (c *sizeCounter) View() string     { return c.text + strings.Repeat("x", c.width) }

// TestClassroomTextRedrawsOnlyOnChange checks that a wide widget is drawn
// again at the classroom width only when its text changed, and is given
// its own size back after.
func TestClassroomTextRedrawsOnlyOnChange(t *testing.T) {
	m, _ := newTestPresenter(t, 180, 50, 0, "failover")
	w := &sizeCounter{text: "a"}
	w.SetSize(150, 20)
	m.sizes[w] = [2]int{150, 20}
	w.sizes = 0
	got := m.classroomText(w)
	if got != "a"+strings.Repeat("x", classroomWidgetWidth) || w.width != 150 || w.sizes != 2 {
		t.Fatalf("first text %q, width after %d, %d sizes", got, w.width, w.sizes)
	}
	m.classroomText(w)
	if w.sizes != 2 {
		t.Errorf("unchanged text drawn again: %d sizes", w.sizes)
	}
	w.text = "b"
	if got := m.classroomText(w); !strings.HasPrefix(got, "b") || w.sizes != 4 {
		t.Errorf("changed text %q after %d sizes", got, w.sizes)
	}
	// A presenter on a small screen: students still get the classroom size.
	m.sizes[w] = [2]int{30, 8}
	w.SetSize(30, 8)
	w.text = "c"
	if got := m.classroomText(w); got != "c"+strings.Repeat("x", classroomWidgetWidth) || w.width != 30 || w.height != 8 {
		t.Errorf("from a 30-column presenter students get %q; widget left at %d×%d", got, w.width, w.height)
	}
	// Drawn at the classroom size already: no second drawing.
	m.sizes[w] = [2]int{classroomWidgetWidth, 30}
	w.SetSize(classroomWidgetWidth, 30)
	w.sizes, w.text = 0, "d"
	if m.classroomText(w); w.sizes != 0 {
		t.Errorf("a widget at the classroom size was drawn again (%d sizes)", w.sizes)
	}
}

// TestStudentsGetTheWholeNinesTable checks that the nines calculator sent
// to students keeps its whole table on an 80-column screen, with the
// presenter's value.
func TestStudentsGetTheWholeNinesTable(t *testing.T) {
	m, _ := newTestPresenter(t, 180, 50, 0, "availability")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2222 localhost", Fingerprint: "SHA256:abc"}
	m.move(lecture.Nav{Slide: slideWith(t, m, "nines")})
	press(m, "enter", "ctrl+u", "9", "9", ".", "9", "9")
	f, _ := hub.Current()
	if len(f.Widgets) == 0 || !strings.Contains(f.Widgets[0], "99.99%") || !strings.Contains(f.Widgets[0], "year │") {
		t.Fatalf("the calculator sent lacks the presenter's value or the table's last column:\n%v", f.Widgets)
	}
	out := ansi.Strip(slideview.NewSlideRenderer(m.deck).Render(true, slideview.StudentSlide{Nav: m.Nav(), Widgets: f.Widgets, Width: 80, Height: 80}))
	if !strings.Contains(out, "year │") {
		t.Errorf("an 80-column student sees the table cut:\n%s", out)
	}
}

// widest is the width of the widest line of text.
func widest(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		n = max(n, ansi.StringWidth(l))
	}
	return n
}
