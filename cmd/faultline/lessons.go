package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/spf13/cobra"

	"faultline/assets"
	"faultline/internal/figures"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/tui/theme"
)

// lessonsTableWidth is the width of the `faultline lessons` table.
const lessonsTableWidth = 80

// loadCourse loads the built-in course.
func loadCourse() (*lessons.Course, error) {
	return lessons.Load(assets.FS)
}

func newLessonsCmd(e env) *cobra.Command {
	var output string
	var co contentOptions
	cmd := &cobra.Command{
		Use:   "lessons",
		Short: "List the course's lessons: id, title, reading time and summary",
		Example: `  faultline lessons
  faultline lessons -o json
  faultline lessons --content ./deck    check an instructor's deck`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return badInput("lessons takes no arguments, got %s (to print one lesson: faultline lesson %s)", termtext.Quote(strings.Join(args, " ")), lessonHint(args[0]))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if output != "table" && output != "json" {
				return badInput("invalid output %s (accepted: table, json)", termtext.Quote(output))
			}
			c, _, err := co.load(e)
			if err != nil {
				return err
			}
			if output == "json" {
				return printLessonsJSON(e, c)
			}
			_, err = fmt.Fprintln(e.colorWriter(), lessonsTable(c, theme.New(true)))
			return err
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "table", "output format: table or json")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	co.register(cmd)
	return cmd
}

// lessonsTable draws the lesson list lessonsTableWidth columns wide: the
// id and minutes as narrow as they can be, the title and summary wrapped
// in the rest.
func lessonsTable(c *lessons.Course, st theme.Styles) string {
	rows := make([][]string, len(c.Lessons))
	idWidth := len("id")
	for i, l := range c.Lessons {
		rows[i] = []string{l.ID, figures.Bind(l.Title), strconv.Itoa(l.Minutes), figures.Bind(l.Summary)}
		idWidth = max(idWidth, lipgloss.Width(l.ID))
	}
	const borders, minWidth, titleWidth = 5, 5, 24
	widths := []int{idWidth + 2, titleWidth, minWidth}
	widths = append(widths, lessonsTableWidth-borders-widths[0]-widths[1]-widths[2])
	// Cells hold a number and its unit together (figures.Bind) while the
	// table wraps them, and read with plain spaces after.
	return figures.Unbind(table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderRow(true).
		Wrap(true).
		Headers("id", "title", "min", "summary").
		Rows(rows...).
		StyleFunc(func(row, col int) lipgloss.Style {
			var s lipgloss.Style
			switch {
			case row == table.HeaderRow:
				s = st.Table.Header
			case col == 0:
				s = st.Table.Label
			case col == 2:
				s = st.Table.Cell.Align(lipgloss.Right)
			default:
				s = st.Table.Cell
			}
			return s.Width(widths[col])
		}).
		String())
}

// lessonJSON is one lesson as `faultline lessons -o json` prints it.
type lessonJSON struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Order    int           `json:"order"`
	Minutes  int           `json:"minutes"`
	Summary  string        `json:"summary"`
	Sections []sectionJSON `json:"sections"`
}

// sectionJSON is one section of a lesson in JSON output.
type sectionJSON struct {
	ID     string      `json:"id"`
	Title  string      `json:"title"`
	Blocks []blockJSON `json:"blocks"`
}

// blockJSON is one live block of a section in JSON output: its kind, its
// arguments (a compose block's whole expression is one) and the line of
// its fence in the lesson file.
type blockJSON struct {
	Kind string   `json:"kind"`
	Args []string `json:"args"`
	Line int      `json:"line"`
}

func printLessonsJSON(e env, c *lessons.Course) error {
	out := make([]lessonJSON, len(c.Lessons))
	for i, l := range c.Lessons {
		secs := make([]sectionJSON, len(l.Sections))
		for j, s := range l.Sections {
			blocks := []blockJSON{}
			for _, p := range s.Parts {
				if p.IsBlock() {
					blocks = append(blocks, blockJSON{Kind: p.Block.Kind, Args: append([]string{}, p.Block.Args...), Line: p.Block.Line})
				}
			}
			secs[j] = sectionJSON{s.ID, s.Title, blocks}
		}
		out[i] = lessonJSON{l.ID, l.Title, l.Order, l.Minutes, l.Summary, secs}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(e.stdout, string(b))
	return err
}

// lessonHint is arg when it could be a lesson id, to suggest
// `faultline lesson ARG`; anything else (escape codes, spaces) is never
// echoed raw to the terminal and becomes "ID".
func lessonHint(arg string) string {
	if arg == "" || strings.IndexFunc(arg, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) >= 0 {
		return "ID"
	}
	return arg
}
