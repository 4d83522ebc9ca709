package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/components/sectionview"
	"faultline/tui/components/textwrap"
	"faultline/tui/theme"
)

// The widths `faultline lesson` prints at.
const (
	defaultLessonWidth = 80
	minLessonWidth     = 20
	maxLessonWidth     = 1000
)

// lessonOptions are the flags of `faultline lesson`.
type lessonOptions struct {
	plain   bool
	width   int
	content contentOptions
}

func newLessonCmd(e env) *cobra.Command {
	var o lessonOptions
	cmd := &cobra.Command{
		Use:   "lesson ID",
		Short: "Print a lesson: its sections with their diagrams and tables",
		Long: `lesson prints one lesson from start to end at the terminal's width
(80 columns when stdout is not a terminal). The text is plain, without
escape codes, when stdout is not a terminal, when NO_COLOR is set or with
--plain: ready for a pager, a printer or a screen reader.

Run 'faultline lessons' for the ids.`,
		Example: `  faultline lesson fallacies
  faultline lesson availability --width 100
  faultline lesson fault-chain --plain | less
  faultline lesson my-lesson --content ./deck`,
		Args: atMostOne("lesson", "lesson id", "run 'faultline lessons' for the ids"),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			c, err := loadCourse()
			if err != nil || len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return c.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			return o.run(e, args)
		},
	}
	cmd.Flags().BoolVar(&o.plain, "plain", false, "print plain text without escape codes")
	cmd.Flags().Var(&widthFlag{name: "width", p: &o.width}, "width", "wrap at this many columns (default: the terminal's width, or 80)")
	o.content.register(cmd)
	return cmd
}

// run prints the lesson that args names; with none, the error lists the ids.
func (o lessonOptions) run(e env, args []string) error {
	if o.width != 0 && (o.width < minLessonWidth || o.width > maxLessonWidth) {
		return badInput("invalid --width %d (accepted: %d to %d columns)", o.width, minLessonWidth, maxLessonWidth)
	}
	c, bank, err := o.content.load(e)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return badInput("name a lesson (one of %s)", strings.Join(c.IDs(), ", "))
	}
	id := args[0]
	l, ok := c.Lesson(id)
	if !ok {
		return badInput("unknown lesson %s; valid ids: %s", termtext.Quote(id), strings.Join(c.IDs(), ", "))
	}
	termWidth, isTerm := terminalWidth(e.stdout)
	width := o.width
	if width == 0 {
		width = defaultLessonWidth
		if isTerm && termWidth >= minLessonWidth {
			width = min(termWidth, maxLessonWidth)
		}
	}
	plain := plainOutput(o.plain, isTerm, e.noColor())
	w := e.colorWriter()
	if plain {
		w.Profile = colorprofile.NoTTY
	}
	_, err = io.WriteString(w, renderLesson(l, len(c.Lessons), bank, theme.New(true), plain, width))
	return err
}

// plainOutput decides whether to print without escape codes: when asked
// to, when stdout is not a terminal, or when NO_COLOR is set.
func plainOutput(flag, isTerm, noColor bool) bool {
	return flag || !isTerm || noColor
}

// renderLesson draws a whole lesson for printing: title, summary,
// introduction and every section with its body, its checks showing their
// question (when bank has them). Speaker notes are left out.
func renderLesson(l lessons.Lesson, total int, bank *quiz.Bank, st theme.Styles, plain bool, width int) string {
	r := sectionview.New(st, plain)
	r.SetBank(bank)
	r.SetPrinted(true)
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line(wrapStyled(st.App.Title, l.Title, width))
	line(wrapStyled(st.App.Subtitle, l.Summary, width))
	line(wrapStyled(st.App.Dim, fmt.Sprintf("Lesson %d of %d · about %d minutes", l.Order, total, l.Minutes), width))
	if strings.TrimSpace(l.Intro) != "" {
		line("")
		line(r.Markdown(l.Intro, width))
	}
	for i, s := range l.Sections {
		line("")
		line(sectionHeading(st, i+1, len(l.Sections), s.Title, width))
		line("")
		line(r.Section(l.ID, i, s, width))
	}
	return b.String()
}

// wrapStyled wraps text to width and styles each line on its own, so
// that short lines are not padded to the longest.
func wrapStyled(style lipgloss.Style, text string, width int) string {
	lines := strings.Split(textwrap.Wrap(text, width, ""), "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// sectionHeading is "── 2/8 · Latency is zero ─────", width columns wide
// when the title fits.
func sectionHeading(st theme.Styles, n, total int, title string, width int) string {
	text := fmt.Sprintf(" %d/%d · %s ", n, total, title)
	fill := width - lipgloss.Width(text) - 2
	if fill < 0 {
		return wrapStyled(st.App.Title, strings.TrimSpace(text), width)
	}
	return st.Diagram.Arrow.Render("──") + st.App.Title.Render(text) + st.Diagram.Arrow.Render(strings.Repeat("─", fill))
}

// terminalWidth reports whether w is a terminal and, if so, its width.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, false
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0, true
	}
	return width, true
}
