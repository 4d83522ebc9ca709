package lessons

import (
	"io/fs"
	"testing"

	"faultline/assets"
)

// BenchmarkScanStructure reads the block structure of every built-in lesson.
func BenchmarkScanStructure(b *testing.B) {
	files, _ := fs.Glob(assets.FS, LessonGlob)
	var texts []string
	for _, f := range files {
		data, _ := fs.ReadFile(assets.FS, f)
		texts = append(texts, string(data))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			scanStructure(t)
		}
	}
}
