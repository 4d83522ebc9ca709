package lecture

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"faultline/internal/termtext"
)

// csvHeader is the first row of a results CSV file.
var csvHeader = []string{"question", "prompt", "student", "answer", "correct", "seconds", "changed"}

// utf8BOM starts a results CSV file so that spreadsheets read its names as
// UTF-8; DecodeCSV skips it.
const utf8BOM = "\ufeff"

// EncodeCSV is r's answers as CSV, one row per answer under a header row,
// quoted as RFC 4180 asks (a field with a comma, a quote or a line break
// is quoted, quotes doubled). Every text field is made safe to open in a
// spreadsheet: one that starts with = + - @, a tab or a carriage return
// (which a spreadsheet would run as a formula) or with ' gets a leading
// ', which spreadsheets show as plain text and DecodeCSV removes. With
// bom the data starts with a UTF-8 byte order mark, for the file a
// spreadsheet opens.
func (r Results) EncodeCSV(bom bool) ([]byte, error) {
	var b bytes.Buffer
	if bom {
		b.WriteString(utf8BOM)
	}
	w := csv.NewWriter(&b)
	if err := w.Write(csvHeader); err != nil {
		return nil, err
	}
	for _, a := range r.Answers {
		correct := "no"
		if a.Correct {
			correct = "yes"
		}
		row := []string{
			cellSafe(a.Question), cellSafe(a.Prompt), cellSafe(a.Student), cellSafe(a.Answer),
			correct, strconv.FormatFloat(a.Seconds, 'f', -1, 64), strconv.Itoa(a.Changed),
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// cellSafe prefixes a text field a spreadsheet would take for a formula
// with ' (and one that starts with ' too, so that reading it back is
// exact).
func cellSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// cellText undoes cellSafe.
func cellText(s string) string { return strings.TrimPrefix(s, "'") }

// DecodeCSV reads results written by EncodeCSV: the header row, then one
// row per answer. Deck and times are not in a CSV file and stay zero.
func DecodeCSV(data []byte) (Results, error) {
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	rd := csv.NewReader(bytes.NewReader(data))
	rd.FieldsPerRecord = len(csvHeader)
	rows, err := rd.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
			return Results{}, fmt.Errorf("%w: line %d does not have the %d fields %s", ErrNotResults, pe.StartLine, len(csvHeader), strings.Join(csvHeader, ","))
		}
		return Results{}, fmt.Errorf("%w: %v", ErrNotResults, err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], csvHeader) {
		return Results{}, fmt.Errorf("%w: the first line should be %s", ErrNotResults, strings.Join(csvHeader, ","))
	}
	r := Results{Version: ResultsVersion, Answers: make([]Answer, 0, len(rows)-1)}
	for i, row := range rows[1:] {
		line := i + 2
		a := Answer{Question: cellText(row[0]), Prompt: cellText(row[1]), Student: cellText(row[2]), Answer: cellText(row[3])}
		switch row[4] {
		case "yes":
			a.Correct = true
		case "no":
		default:
			return Results{}, fmt.Errorf("%w: line %d: correct is %s (accepted: yes, no)", ErrNotResults, line, termtext.Quote(row[4]))
		}
		s, err := strconv.ParseFloat(row[5], 64)
		if err != nil || s < 0 || math.IsInf(s, 0) || math.IsNaN(s) {
			return Results{}, fmt.Errorf("%w: line %d: seconds is %s (accepted: a number of seconds, 0 or more)", ErrNotResults, line, termtext.Quote(row[5]))
		}
		a.Seconds = s
		c, err := strconv.Atoi(row[6])
		if err != nil || c < 0 {
			return Results{}, fmt.Errorf("%w: line %d: changed is %s (accepted: a count, 0 or more)", ErrNotResults, line, termtext.Quote(row[6]))
		}
		a.Changed = c
		if a.Question == "" || a.Student == "" {
			return Results{}, fmt.Errorf("%w: line %d has no question or no student", ErrNotResults, line)
		}
		r.Answers = append(r.Answers, a)
	}
	return r, nil
}
