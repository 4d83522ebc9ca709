package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"faultline/internal/lecture"
	"faultline/internal/statedir"
	"faultline/internal/termtext"
)

// resultsFormats are the formats `faultline lecture results` prints.
var resultsFormats = []string{"table", "json", "csv"}

func newLectureResultsCmd(e env) *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "results [FILE]",
		Short: "Print what students answered in a lecture served with --serve",
		Long: `results prints the answers students gave in a lecture served with --serve:
per question, each student's name, answer, whether it was right and how long
they took. The presenter writes them to faultline's state directory as JSON
and CSV (lecture-results-TIME.json and .csv) when e is pressed, every 10
seconds while answers come in and at the end of the lecture; a lecture
carried on with --resume keeps adding to the same files.

With no FILE it reads the newest results in the state directory; FILE may be
either of the two files. -o json and -o csv print them for scripts and
spreadsheets; in CSV, text that a spreadsheet would run as a formula (it
starts with = + - or @) starts with ' instead.`,
		Example: `  faultline lecture results
  faultline lecture results -o csv > answers.csv
  faultline lecture results ~/.local/state/faultline/lecture-results-20260314T093000Z.json -o json`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return badInput("lecture results takes at most one FILE, got %d: %s", len(args), termtext.Quote(strings.Join(args, " ")))
			}
			return nil
		},
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return []string{"json", "csv"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(_ *cobra.Command, args []string) error {
			file := ""
			if len(args) == 1 {
				file = args[0]
			}
			return printResults(e, file, output)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "table", "output format: table, json or csv")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions(resultsFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// printResults reads the results in file (the newest in the state
// directory when "") and prints them as format.
func printResults(e env, file, format string) error {
	switch format {
	case "table", "json", "csv":
	default:
		return badInput("invalid --output %s (accepted: %s)", termtext.Quote(format), strings.Join(resultsFormats, ", "))
	}
	r, err := readResults(file)
	if err != nil {
		return err
	}
	var out []byte
	switch format {
	case "json":
		out, err = r.EncodeJSON()
	case "csv":
		out, err = r.EncodeCSV(false)
	default:
		out = []byte(resultsTable(r))
	}
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(out)
	return err
}

// readResults reads file, or the newest results in the state directory
// when file is ""; what cannot be read is bad input, named.
func readResults(file string) (lecture.Results, error) {
	if file == "" {
		dir, err := statedir.Dir()
		if err != nil {
			return lecture.Results{}, fmt.Errorf("cannot find the state directory: %w", err)
		}
		file, err = lecture.LatestResults(dir)
		if errors.Is(err, lecture.ErrNoResults) {
			return lecture.Results{}, badInput("no lecture results in %s yet: a lecture served with --serve writes them when it ends, or when the presenter presses e", termtext.Quote(dir))
		}
		if err != nil {
			return lecture.Results{}, badInput("cannot list the state directory: %s", quotePath(err))
		}
	}
	r, err := lecture.ReadResults(file)
	var se *statedir.Error
	var tl *statedir.TooLargeError
	switch {
	case err == nil:
		return r, nil
	case errors.Is(err, fs.ErrNotExist):
		return r, badInput("no results file %s (give a lecture-results-….json or .csv file, or none for the newest)", termtext.Quote(file))
	case errors.Is(err, lecture.ErrNotResults):
		return r, badInput("%s is %v", termtext.Quote(file), err)
	case errors.As(err, &se), errors.As(err, &tl):
		return r, badInput("%v", err)
	}
	return r, badInput("cannot read %s: %s", termtext.Quote(file), quotePath(err))
}
