// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package testutil

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReferenceFacts is the reference behaviour of the well-known interfaces
// (testdata/reference/interfaces.tsv, a copy of ../shared/facts): one
// row per interface, each a map from column name to value.
type ReferenceFacts map[string]map[string]string

// LoadReferenceFacts reads the reference behaviour shipped with the
// repository.
func LoadReferenceFacts() (ReferenceFacts, error) {
	path := filepath.Join(RepoRoot(), "testdata", "reference", "interfaces.tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot load reference facts: %w", err)
	}
	defer f.Close()
	facts := ReferenceFacts{}
	scanner := bufio.NewScanner(f)
	var columns []string
	line := 0
	for scanner.Scan() {
		line++
		fields := strings.Split(scanner.Text(), "\t")
		if columns == nil {
			columns = fields
			continue
		}
		if len(fields) != len(columns) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(fields), len(columns))
		}
		row := make(map[string]string, len(columns))
		for i, col := range columns {
			row[col] = fields[i]
		}
		facts[fields[0]] = row
	}
	if err := scanner.Err(); err != nil {
		return nil, fmt.Errorf("cannot load reference facts: %w", err)
	}
	return facts, nil
}
