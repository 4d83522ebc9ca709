package lecture

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"faultline/internal/statedir"
)

// ResultsPrefix starts the name of every results file in the state
// directory: lecture-results-20260314T093000Z.json and .csv.
const ResultsPrefix = "lecture-results-"

// MaxResultsSize is the most bytes of a results file ReadResults reads: a
// lecture of 200 students and 100 questions writes about 3 MiB.
const MaxResultsSize = 32 << 20

// ResultsStem is the name, without extension, of the results files of a
// lecture started at started: lecture-results-20260314T093000Z.
func ResultsStem(started time.Time) string {
	return ResultsPrefix + started.UTC().Format("20060102T150405Z")
}

// ResultsFile is where one lecture's results are kept: Dir/Stem.json and
// Dir/Stem.csv, both rewritten whole on every Save. Base holds what an
// earlier run of the same lecture wrote (--resume), kept under what this
// run adds.
type ResultsFile struct {
	// Dir is the directory, Stem the file names without extension.
	Dir, Stem string
	// Base is the results the files held when the lecture resumed, or
	// the empty results of a new lecture with its Deck and Started.
	Base Results
}

// JSONPath and CSVPath are the two files.
func (f ResultsFile) JSONPath() string { return filepath.Join(f.Dir, f.Stem+".json") }

// CSVPath is the CSV file.
func (f ResultsFile) CSVPath() string { return filepath.Join(f.Dir, f.Stem+".csv") }

// AnswersPrefix starts the name of the file beside the results that keeps
// the classroom's answers as its hub holds them (what each student picked,
// not only its words), for a lecture resumed with --resume to give them
// back: lecture-answers-20260314T093000Z.json. Its name does not start
// with ResultsPrefix, so LatestResults never takes it for the results.
const AnswersPrefix = "lecture-answers-"

// AnswersPath is the file that keeps the classroom hub's answers beside
// the results files (see AnswersPrefix).
func (f ResultsFile) AnswersPath() string {
	return filepath.Join(f.Dir, AnswersPrefix+strings.TrimPrefix(f.Stem, ResultsPrefix)+".json")
}

// OpenResults is the ResultsFile in dir of a lecture of the deck whose ID
// is deck, of the lessons named: the files named stem if stem is not ""
// (a resumed lecture; what they hold is carried on when they are of deck,
// a missing file starts empty), else new files named for now (or the next
// second with no files of that name). Files that cannot be read are an
// error, and are never written over.
func OpenResults(dir, stem, deck string, lessons []string, now time.Time) (ResultsFile, error) {
	f := ResultsFile{Dir: dir, Stem: stem, Base: Results{Version: ResultsVersion, Deck: deck, Lessons: lessons, Started: now.UTC()}}
	if stem == "" || strings.ContainsAny(stem, `/\`) || !strings.HasPrefix(stem, ResultsPrefix) {
		f.Stem = freeStem(dir, now)
		return f, nil
	}
	r, err := ReadResults(f.JSONPath())
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return f, nil
	case err != nil:
		return f, err
	case r.Deck != deck:
		// Another deck's results are never mixed in: start new files.
		f.Stem = freeStem(dir, now)
		return f, nil
	}
	r.Lessons = lessons // the same deck; an older file may not name them
	f.Base = r
	return f, nil
}

// freeStem is ResultsStem(now), or of the next second whose files are not
// there yet: new files never replace another lecture's, even one started
// in the same second (or damaged ones a resumed lecture could not read).
func freeStem(dir string, now time.Time) string {
	for {
		f := ResultsFile{Dir: dir, Stem: ResultsStem(now)}
		_, errJSON := os.Lstat(f.JSONPath())
		_, errCSV := os.Lstat(f.CSVPath())
		_, errAnswers := os.Lstat(f.AnswersPath())
		if errJSON != nil && errCSV != nil && errAnswers != nil { // not there (or not to be seen, nor written)
			return f.Stem
		}
		now = now.Add(time.Second)
	}
}

// Results is Base with answers merged in (see Results.Merge), saved at now.
func (f ResultsFile) Results(answers []Answer, now time.Time) Results {
	r := f.Base
	r.Answers = append([]Answer(nil), r.Answers...)
	r = r.Merge(answers)
	r.Saved = now.UTC()
	return r
}

// Save writes Base with answers merged in to both files, each replaced
// atomically (mode 0600, through statedir), and returns them.
func (f ResultsFile) Save(answers []Answer, now time.Time) (Results, error) {
	r := f.Results(answers, now)
	js, err := r.EncodeJSON()
	if err != nil {
		return r, err
	}
	cs, err := r.EncodeCSV(true)
	if err != nil {
		return r, err
	}
	// The CSV first: the JSON is what --resume and `lecture results`
	// read, so it is written last, once everything else is on disk.
	if err := statedir.WriteFile(f.CSVPath(), cs); err != nil {
		return r, err
	}
	return r, statedir.WriteFile(f.JSONPath(), js)
}

// ErrNoResults is LatestResults' error for a directory without results.
var ErrNoResults = errors.New("no lecture results")

// LatestResults is the path of the newest results file in dir (the JSON
// file last written). Without any (or without dir) the error is
// ErrNoResults.
func LatestResults(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	best, bestTime := "", time.Time{}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, ResultsPrefix) || !strings.HasSuffix(name, ".json") {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		if t := fi.ModTime(); best == "" || t.After(bestTime) || t.Equal(bestTime) && name > best {
			best, bestTime = name, t
		}
	}
	if best == "" {
		return "", ErrNoResults
	}
	return filepath.Join(dir, best), nil
}

// ReadResults reads the results file at path, JSON or CSV. What is not a
// regular file (a directory, a FIFO) or is larger than MaxResultsSize is
// refused before it is read; a missing file is an error wrapping
// fs.ErrNotExist; a file that is not results one wrapping ErrNotResults.
func ReadResults(path string) (Results, error) {
	// Stat before opening: opening a FIFO would wait for a writer.
	fi, err := os.Stat(path)
	if err != nil {
		return Results{}, err
	}
	if !fi.Mode().IsRegular() {
		return Results{}, &statedir.Error{Path: path, Problem: "is not a regular file", Err: statedir.ErrNotRegular}
	}
	if fi.Size() > MaxResultsSize {
		return Results{}, &statedir.TooLargeError{Path: path, Size: fi.Size(), Limit: MaxResultsSize}
	}
	f, err := os.Open(path)
	if err != nil {
		return Results{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxResultsSize+1))
	if err != nil {
		return Results{}, err
	}
	if len(data) > MaxResultsSize {
		return Results{}, &statedir.TooLargeError{Path: path, Size: int64(len(data)), Limit: MaxResultsSize}
	}
	return Decode(data)
}
