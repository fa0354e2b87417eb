package policyx_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/policyx/policyx"
	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNew(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("科创走廊 notanumber\n"), 0o644))
	tests := []struct {
		name    string
		opts    policyx.Options
		errText string
		types   []string
	}{
		{"defaults", policyx.Options{}, "", []string{"document", "numeric", "initiative"}},
		{"one extractor", policyx.Options{Extractors: []string{"numeric"}}, "", []string{"document", "numeric"}},
		{"unknown extractor", policyx.Options{Extractors: []string{"dates"}}, `unknown extractor "dates"`, nil},
		{"bad user dictionary", policyx.Options{UserDicts: []string{bad}}, "bad.txt:1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := policyx.New(tt.opts)
			if tt.errText != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.errText)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, policyx.Version, p.Versions.Policyx)
			doc := &pipeline.Document{ID: "d", Text: "力争到2025年技术合同交易额突破10亿元，实施“科创九条”。"}
			recs, err := p.Run(context.Background(), doc)
			require.NoError(t, err)
			var types []string
			for _, r := range recs {
				types = append(types, pipeline.Head(r).Type)
			}
			assert.Equal(t, tt.types, types)
		})
	}
}
