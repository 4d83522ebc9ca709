package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"faultline/internal/export"
	"faultline/internal/termtext"
)

// exportOptions are the flags of `faultline export`.
type exportOptions struct {
	format  string
	output  string
	content contentOptions
}

func newExportCmd(e env) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [LESSON ...]",
		Short: "Write lessons as a handout to read along with or print: Markdown or HTML",
		Long: `export writes the chosen lessons (all of them, in course order, when none are
named) as a handout: each lesson's title, summary and sections without the
speaker notes. Live blocks become their results: the nines table with the
downtime per period, a composed system's availability, MTBF and MTTR figures,
diagrams as lists and tables, a scenario's settings, and quiz questions whose
answers are gathered in a key at the end.

--format html writes one self-contained page with a print-friendly stylesheet;
it is also chosen when -o names a .html file. Images are inlined when they are
files beside the lessons; any other image (a web address) is shown as its
address, so opening the page fetches nothing. Without -o, or with -o -, the
handout goes to stdout.`,
		Example: `  faultline export availability -o availability.md
  faultline export fallacies availability --format html -o handout.html
  faultline export --content ./deck --format html -o deck.html`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("format") && isHTMLFile(o.output) {
				o.format = string(export.HTML)
			}
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", string(export.Markdown), "handout format: markdown or html")
	f.StringVarP(&o.output, "output", "o", "-", "file to write, or - for stdout")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"markdown", "html"}, cobra.ShellCompDirectiveNoFileComp))
	o.content.register(cmd)
	return cmd
}

// isHTMLFile reports whether a file name ends in .html or .htm.
func isHTMLFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm")
}

func (o exportOptions) run(e env, ids []string) error {
	if strings.TrimSpace(o.output) == "" {
		return badInput("invalid -o %s: it is empty (accepted: a file name, or - for stdout)", termtext.Quote(o.output))
	}
	format, err := export.ParseFormat(o.format)
	if err != nil {
		return usageError{err}
	}
	c, bank, err := o.content.load(e)
	if err != nil {
		return err
	}
	ls, err := export.Select(c, ids)
	if err != nil {
		return usageError{err}
	}
	data, err := export.Render(format, ls, bank)
	if err != nil {
		return err
	}
	if o.output == "-" {
		_, err = e.stdout.Write(data)
		return err
	}
	if err := os.WriteFile(o.output, data, 0o644); err != nil {
		return fmt.Errorf("cannot write the handout: %w", err)
	}
	return nil
}
