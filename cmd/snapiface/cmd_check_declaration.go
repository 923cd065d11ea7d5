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
		usage:   "check-declaration FILE... [--strict]",
		summary: "validate base or snap declarations: one FILE:LINE: message per problem",
		run:     runCheckDeclaration,
	})
}

// runCheckDeclaration prints every problem of every file on stdout, so
// that the report can be piped like a linter's, and exits 1 when there
// is any. It refuses what --declaration refuses: a file that is empty or
// does not say its type, and a base declaration that leaves interfaces
// of the catalogue unrestricted. A rule for an interface the catalogue
// does not know is a warning line, a problem with --strict.
func runCheckDeclaration(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check-declaration", stderr)
	strict := fs.Bool("strict", false, "treat a rule for an interface the catalogue does not know as a problem")
	paths, err := parseArgs(fs, args, 1, -1)
	if err != nil {
		return err
	}
	bad := false
	for _, path := range paths {
		decl, err := readDeclaration(path)
		if err == nil && decl.IsBase() {
			err = decl.CheckBase()
		}
		if err != nil {
			bad = true
			fmt.Fprintln(stdout, err)
			continue
		}
		if unknown := decl.UnknownInterfaces(); len(unknown) > 0 {
			bad = bad || *strict
			fmt.Fprintln(stdout, unknown)
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
	return policy.ParseDeclarationFile(data, path)
}
