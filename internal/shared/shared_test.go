package shared

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadReports(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		want    []Report
		wantErr string
	}{
		{
			name: "report and resolution",
			data: `{"title": "2025年政府工作报告", "content": "各位代表：\n现在…", "year": "2025"}` + "\n" +
				`{"title": "关于政府工作报告的决议", "content": "会议批准…", "year": null}` + "\n",
			want: []Report{
				{Line: 1, Title: "2025年政府工作报告", Year: 2025, Text: "各位代表：\n现在…"},
				{Line: 2, Title: "关于政府工作报告的决议", Text: "会议批准…"},
			},
		},
		{name: "empty file", data: ""},
		{name: "bad JSON", data: "{\"title\": \"a\"}\n{", wantErr: ":2: "},
		{name: "bad year", data: `{"title": "a", "year": "二〇二五"}`, wantErr: ":1: year: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), ReportsFile)
			require.NoError(t, os.WriteFile(file, []byte(tt.data), 0o644))
			got, err := readReports(file)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReportsOnce(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, ReportsFile)
	require.NoError(t, os.WriteFile(file, []byte(`{"title": "a", "content": "x", "year": "1954"}`+"\n"), 0o644))
	t.Setenv(CorpusEnv, dir)
	first := Reports(t)
	require.Len(t, first, 1)
	// The file is read once: a later change is not seen.
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	assert.Equal(t, first, Reports(t))
}
