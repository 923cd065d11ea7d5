// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"github.com/snapiface/snapiface/interfaces/docsite"
)

func init() {
	addCommand(&command{
		name:    "docs",
		usage:   "docs --out DIR [--format html|markdown|both]",
		summary: "write the reference of the catalogue: an index and a page per interface",
		run:     runDocs,
	})
}

// docsFile matches the names of the files docs writes, and all that
// its directory may hold beforehand.
var docsFile = regexp.MustCompile(`^(?:[a-z][a-z0-9-]*\.(?:html|md)|style\.css|filter\.js)$`)

func runDocs(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("docs", stderr)
	out := fs.String("out", "", "the directory to write the reference to (required)")
	format := fs.String("format", "html", "html, markdown, or both")
	if _, err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("--out is required: the directory to write the reference to")
	}
	var formats []docsite.Format
	switch *format {
	case "html":
		formats = []docsite.Format{docsite.HTML}
	case "markdown":
		formats = []docsite.Format{docsite.Markdown}
	case "both":
		formats = []docsite.Format{docsite.HTML, docsite.Markdown}
	default:
		return fmt.Errorf("--format must be html, markdown or both, not %q", *format)
	}
	site, err := docsite.Build()
	if err != nil {
		return err
	}
	var files []docsite.File
	for _, f := range formats {
		rendered, err := site.Render(f)
		if err != nil {
			return err
		}
		files = append(files, rendered...)
	}
	if err := writeDocs(*out, files); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d files for %d interfaces (%s) to %s\n", len(files), len(site.Pages), *format, *out)
	return nil
}

// writeDocs writes the files into dir, all or nothing, as profile --out
// does: into a new directory beside dir, which then takes its place.
// dir, if it exists, may hold only files that docs writes.
func writeDocs(dir string, files []docsite.File) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("cannot write to %s: %w", dir, err)
	}
	entries, err := os.ReadDir(dir)
	exists := err == nil
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("cannot write to %s: %w", dir, unwrapPath(err))
	}
	for _, e := range entries {
		if !docsFile.MatchString(e.Name()) || !e.Type().IsRegular() {
			return fmt.Errorf("cannot write to %s: it holds %q, which docs does not write; name a new directory, or one that only an earlier docs wrote to", dir, e.Name())
		}
	}
	parent, base := filepath.Dir(abs), filepath.Base(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("cannot create output directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return fmt.Errorf("cannot create output directory: %w", err)
	}
	defer os.RemoveAll(tmp) // gone already once it has taken dir's place
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("cannot create output directory: %w", err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(tmp, f.Name), f.Data, 0o644); err != nil {
			return fmt.Errorf("cannot write %s (nothing written): %w", filepath.Join(dir, f.Name), unwrapPath(err))
		}
	}
	if err := replaceDir(tmp, abs, exists); err != nil {
		return fmt.Errorf("cannot write to %s (nothing written): %w", dir, err)
	}
	return nil
}
