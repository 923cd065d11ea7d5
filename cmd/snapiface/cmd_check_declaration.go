// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/snapiface/snapiface/interfaces/policy"
)

func init() {
	addCommand(&command{
		name:    "check-declaration",
		usage:   "check-declaration FILE...",
		summary: "validate base or snap declarations: one FILE:LINE: message per problem",
		run:     runCheckDeclaration,
	})
}

// runCheckDeclaration prints every problem of every file on stdout, so
// that the report can be piped like a linter's, and exits 1 when there
// is any.
func runCheckDeclaration(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check-declaration", stderr)
	paths, err := parseArgs(fs, args, 1, -1)
	if err != nil {
		return err
	}
	bad := false
	for _, path := range paths {
		if _, err := readDeclaration(path); err != nil {
			bad = true
			fmt.Fprintln(stdout, err)
		}
	}
	if bad {
		return &exitError{code: 1}
	}
	return nil
}

// readDeclaration reads and parses a declaration file. Its errors start
// with the file name: an ErrorList, one FILE:LINE: line per problem, or
// "FILE: cannot read declaration: ...".
func readDeclaration(path string) (*policy.Declaration, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pathErr *os.PathError
		if errors.As(err, &pathErr) {
			err = pathErr.Err
		}
		return nil, fmt.Errorf("%s: cannot read declaration: %w", path, err)
	}
	return policy.ParseDeclaration(data, path)
}
