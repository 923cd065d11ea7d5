// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package apparmor

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
)

// ABI is the AppArmor policy ABI a profile states in its "abi" rule:
// which classes of rules the parser accepts and the kernel enforces for
// that profile. A class the ABI does not have is not mediated at all:
// under ABI 3.0, creating user namespaces and POSIX message queues are
// left to the kernel's own controls.
type ABI string

// The ABIs profiles are rendered for.
const (
	// ABI30 is the ABI of AppArmor 3, the default.
	ABI30 ABI = "3.0"
	// ABI40 is the ABI of AppArmor 4: it adds the userns and mqueue
	// rules (user namespace creation, POSIX message queues).
	ABI40 ABI = "4.0"
)

// ParseABI returns the ABI named "3.0" or "4.0".
func ParseABI(s string) (ABI, error) {
	switch abi := ABI(s); abi {
	case ABI30, ABI40:
		return abi, nil
	}
	return "", fmt.Errorf("unknown AppArmor ABI %q: want %q or %q", s, ABI30, ABI40)
}

// Has says whether profiles of the ABI may use rules that need feature.
// ABI 4.0 has FeatureUserNS and FeatureMqueue; no ABI here has
// FeatureIOUring (AppArmor's abi/4.0 leaves io_uring out, so it stays
// unmediated in profiles of that ABI, and an io_uring rule would be
// dropped unenforced).
func (abi ABI) Has(feature Feature) bool {
	switch feature {
	case FeatureUserNS, FeatureMqueue:
		return abi == ABI40
	}
	return false
}

// Feature is a feature of the AppArmor kernel and parser that some rules
// need, named by its path in the kernel's feature tree
// (/sys/kernel/security/apparmor/features): a directory, a file, or a
// word of a file's contents as the last element
// ("namespaces/mask/userns_create": the word userns_create of the file
// namespaces/mask).
type Feature string

// The features of rules that not every host has.
const (
	// FeatureUserNS is the mediation of user namespace creation: the
	// "userns," rule. Under it, a profile without the rule cannot
	// create user namespaces, which is how current Ubuntu releases
	// restrict them to the apps that need them.
	FeatureUserNS Feature = "namespaces/mask/userns_create"
	// FeatureMqueue is the mediation of POSIX message queues: the
	// "mqueue," rule.
	FeatureMqueue Feature = "ipc/posix_mqueue"
	// FeatureIOUring is the mediation of io_uring: the "io_uring," rule.
	FeatureIOUring Feature = "io_uring"
)

// Features is a feature set of the AppArmor kernel and parser, as the
// kernel's feature directory (/sys/kernel/security/apparmor/features)
// or a features file (/usr/share/apparmor-features/features, the abi/
// files of apparmor.d) gives it. The zero value is no feature set:
// profiles then state ABI 3.0 and get no rule that needs a feature, as
// before feature sets were known. A Features is read-only once made.
type Features struct {
	// entries holds the path of every directory and file of the tree,
	// and of every word of a file's contents below the file.
	entries map[string]struct{}
}

// FeaturesOf returns the feature set an ABI stands for: the features of
// the rules that ABI has (see ABI.Has), and no others. Render for
// FeaturesOf(ABI40) to have profiles state ABI 4.0 without reading a
// host's feature set.
func FeaturesOf(abi ABI) Features {
	var f Features
	for _, feature := range []Feature{FeatureUserNS, FeatureMqueue, FeatureIOUring} {
		if abi.Has(feature) {
			f.addPath(string(feature))
		}
	}
	return f
}

// IsZero says whether no feature set was given.
func (f Features) IsZero() bool { return len(f.entries) == 0 }

// Has says whether the feature set has a feature, given as a path of
// the feature tree (see Feature).
func (f Features) Has(feature Feature) bool {
	_, ok := f.entries[string(feature)]
	return ok
}

// ABI returns the ABI profiles state for this feature set: ABI 4.0 when
// it mediates user namespace creation (AppArmor 4 kernels, whose parser
// speaks ABI 4.0), else ABI 3.0.
func (f Features) ABI() ABI {
	if f.Has(FeatureUserNS) {
		return ABI40
	}
	return ABI30
}

// Supports says whether profiles rendered for this feature set get
// rules that need feature: their ABI has it, and so does the host.
func (f Features) Supports(feature Feature) bool {
	return f.ABI().Has(feature) && f.Has(feature)
}

// addPath adds a path and its parents.
func (f *Features) addPath(p string) {
	if f.entries == nil {
		f.entries = make(map[string]struct{})
	}
	for ; p != "." && p != ""; p = path.Dir(p) {
		f.entries[p] = struct{}{}
	}
}

// addFile adds a file of the tree and the words of its contents.
func (f *Features) addFile(p, contents string) {
	f.addPath(p)
	for _, word := range strings.Fields(contents) {
		f.entries[p+"/"+word] = struct{}{}
	}
}

// ReadFeatures reads a feature set from a path: the kernel's feature
// directory, or a features file. Callers read it once, where they learn
// about the host, and pass it in Host: rendering never reads it.
func ReadFeatures(p string) (Features, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return Features{}, fmt.Errorf("cannot read AppArmor features: %w", err)
	}
	if fi.IsDir() {
		f, err := ReadFeaturesDir(os.DirFS(p))
		if err != nil {
			return Features{}, fmt.Errorf("cannot read AppArmor features from %s: %w", p, err)
		}
		return f, nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return Features{}, fmt.Errorf("cannot read AppArmor features: %w", err)
	}
	return ParseFeatures(p, data)
}

// ReadFeaturesDir reads a feature set laid out as the kernel's feature
// directory is: a directory per group, a file per feature, whose
// contents are its value.
func ReadFeaturesDir(fsys fs.FS) (Features, error) {
	var f Features
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case p == ".":
		case d.IsDir():
			f.addPath(p)
		case d.Type().IsRegular():
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			f.addFile(p, string(data))
		}
		return nil
	})
	if err != nil {
		return Features{}, err
	}
	if f.IsZero() {
		return Features{}, errors.New("no features")
	}
	return f, nil
}

// ParseFeatures parses a features file, the kernel's feature directory
// written as one text (what /usr/share/apparmor-features/features and
// the abi/ files of apparmor.d hold): each directory or file is its
// name, a space and an opening brace, then its entries or its contents,
// then a closing brace. name is the file's name, for errors, which say
// NAME:LINE.
func ParseFeatures(name string, data []byte) (Features, error) {
	p := featuresParser{name: name, data: data, line: 1}
	var f Features
	if err := p.entries(&f, "", 0); err != nil {
		return Features{}, err
	}
	if f.IsZero() {
		return Features{}, fmt.Errorf("%s: no features", name)
	}
	return f, nil
}

// maxFeaturesDepth bounds the nesting of a features file; the kernel's
// tree is four levels deep.
const maxFeaturesDepth = 16

// featuresParser reads a features file.
type featuresParser struct {
	name string
	data []byte
	pos  int
	line int
}

func (p *featuresParser) errorf(format string, args ...interface{}) error {
	return fmt.Errorf("%s:%d: %s", p.name, p.line, fmt.Sprintf(format, args...))
}

// skipSpace skips blanks and newlines, counting lines.
func (p *featuresParser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case '\n':
			p.line++
		case ' ', '\t', '\r':
		default:
			return
		}
		p.pos++
	}
}

// entries reads the entries of the directory at prefix up to its
// closing brace (or the end of the file at the top).
func (p *featuresParser) entries(f *Features, prefix string, depth int) error {
	if depth > maxFeaturesDepth {
		return p.errorf("features nested more than %d deep", maxFeaturesDepth)
	}
	for {
		p.skipSpace()
		if p.pos == len(p.data) {
			if depth > 0 {
				return p.errorf("missing closing brace of %q", prefix)
			}
			return nil
		}
		if p.data[p.pos] == '}' {
			if depth == 0 {
				return p.errorf("unexpected closing brace")
			}
			p.pos++
			return nil
		}
		start := p.pos
		for p.pos < len(p.data) && validFeatureNameByte(p.data[p.pos]) {
			p.pos++
		}
		name := string(p.data[start:p.pos])
		if name == "" {
			return p.errorf("unexpected %q: want a feature name", p.data[p.pos])
		}
		if p.pos+1 >= len(p.data) || p.data[p.pos] != ' ' || p.data[p.pos+1] != '{' {
			return p.errorf("feature %q: want a space and an opening brace after its name", name)
		}
		p.pos += 2
		full := name
		if prefix != "" {
			full = prefix + "/" + name
		}
		if p.startsEntry() {
			f.addPath(full)
			if err := p.entries(f, full, depth+1); err != nil {
				return err
			}
			continue
		}
		// A file: its contents run to the closing brace.
		end := bytes.IndexAny(p.data[p.pos:], "{}")
		if end < 0 || p.data[p.pos+end] == '{' {
			return p.errorf("feature %q: missing closing brace", full)
		}
		contents := string(p.data[p.pos : p.pos+end])
		f.addFile(full, contents)
		p.line += strings.Count(contents, "\n")
		p.pos += end + 1
	}
}

// startsEntry says whether what follows an opening brace is an entry
// (a name, a space and a brace), which makes it a directory; anything
// else is a file's contents.
func (p *featuresParser) startsEntry() bool {
	i := p.pos
	for i < len(p.data) && (p.data[i] == '\n' || p.data[i] == ' ' || p.data[i] == '\t') {
		i++
	}
	if i < len(p.data) && p.data[i] == '}' {
		// An empty directory, or a file with nothing in it: both are
		// just their path.
		return false
	}
	start := i
	for i < len(p.data) && validFeatureNameByte(p.data[i]) {
		i++
	}
	return i > start && i+1 < len(p.data) && p.data[i] == ' ' && p.data[i+1] == '{'
}

// validFeatureNameByte says whether c may be part of a feature's name.
func validFeatureNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.'
}
