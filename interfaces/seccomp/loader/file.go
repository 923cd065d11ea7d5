// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package loader

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// The compiled filter of a security tag is one file, TAG.bin, beside the
// policy it was compiled from, TAG.src. It starts with a line of text
// that says what it holds, then the programs, one after the other:
//
//	snapiface-seccomp 1 source=sha256:HEX compiler=ID programs=LEN,LEN bpf=sha256:HEX\n
//	PROGRAM PROGRAM
//
// source is the SHA-256 sum of the policy as the compiler reads it (see
// the seccomp backend's SourceKey), compiler names the compiler that
// made the programs (the library, its version, the architecture), and
// programs gives the length in bytes of each program, in the order they
// are to be loaded, or "none" for an unrestricted policy, which has no
// program, and bpf is the SHA-256 sum of the programs, one after the
// other. A program is an array of struct sock_filter (8 bytes an
// instruction, host byte order). The header lets the backend tell,
// without compiling, that a filter on disk is the one its source
// compiles to, and lets the loader refuse a file that is cut short or
// damaged.

// magic starts every filter file; the number after it is the format.
const magic = "snapiface-seccomp 1 "

// maxHeader bounds the header line.
const maxHeader = 512

// MaxInstructions is the longest program the kernel loads (BPF_MAXINSNS).
const MaxInstructions = 4096

// instructionSize is the size of a struct sock_filter.
const instructionSize = 8

// File is a compiled seccomp policy as it is kept on disk.
type File struct {
	// Source is "sha256:" and the hexadecimal SHA-256 sum of the policy
	// as the compiler reads it.
	Source string
	// Compiler names what compiled the programs; a filter compiled by
	// another compiler is compiled again.
	Compiler string
	// Programs are the BPF programs to load, in order; none for an
	// unrestricted policy.
	Programs [][]byte
}

// Marshal returns the file's bytes, after checking that each field can
// be read back.
func (f *File) Marshal() ([]byte, error) {
	if err := checkSource(f.Source); err != nil {
		return nil, fmt.Errorf("cannot write seccomp filter: %w", err)
	}
	if err := checkCompiler(f.Compiler); err != nil {
		return nil, fmt.Errorf("cannot write seccomp filter: %w", err)
	}
	size := 0
	lengths := make([]string, len(f.Programs))
	for i, prog := range f.Programs {
		if err := checkProgram(prog); err != nil {
			return nil, fmt.Errorf("cannot write seccomp filter: program %d: %w", i+1, err)
		}
		lengths[i] = strconv.Itoa(len(prog))
		size += len(prog)
	}
	programs := strings.Join(lengths, ",")
	if len(f.Programs) == 0 {
		programs = "none"
	}
	header := magic + "source=" + f.Source + " compiler=" + f.Compiler + " programs=" + programs + " bpf=" + programsSum(f.Programs) + "\n"
	out := make([]byte, 0, len(header)+size)
	out = append(out, header...)
	for _, prog := range f.Programs {
		out = append(out, prog...)
	}
	return out, nil
}

// programsSum returns "sha256:" and the sum of the programs, one after
// the other.
func programsSum(programs [][]byte) string {
	h := sha256.New()
	for _, prog := range programs {
		h.Write(prog)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// Parse reads a filter file's bytes. The programs it returns share
// data's memory.
func Parse(data []byte) (*File, error) {
	end := bytes.IndexByte(data[:min(len(data), maxHeader)], '\n')
	if end < 0 || !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("not a seccomp filter of this format: want a first line %q...", magic)
	}
	f := &File{}
	var programs, sum string
	seen := make(map[string]bool)
	for _, field := range strings.Fields(string(data[len(magic):end])) {
		key, value, ok := strings.Cut(field, "=")
		if !ok || seen[key] {
			return nil, fmt.Errorf("invalid header field %q", field)
		}
		seen[key] = true
		switch key {
		case "source":
			f.Source = value
		case "compiler":
			f.Compiler = value
		case "programs":
			programs = value
		case "bpf":
			sum = value
		default:
			return nil, fmt.Errorf("unknown header field %q", key)
		}
	}
	for _, key := range []string{"source", "compiler", "programs", "bpf"} {
		if !seen[key] {
			return nil, fmt.Errorf("header has no %s", key)
		}
	}
	if err := checkSource(f.Source); err != nil {
		return nil, err
	}
	if err := checkCompiler(f.Compiler); err != nil {
		return nil, err
	}
	rest := data[end+1:]
	if programs != "none" {
		for i, length := range strings.Split(programs, ",") {
			n, err := strconv.Atoi(length)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("invalid length %q of program %d", length, i+1)
			}
			if n > len(rest) {
				return nil, fmt.Errorf("program %d is cut short: %d bytes of %d", i+1, len(rest), n)
			}
			if err := checkProgram(rest[:n]); err != nil {
				return nil, fmt.Errorf("program %d: %w", i+1, err)
			}
			f.Programs = append(f.Programs, rest[:n:n])
			rest = rest[n:]
		}
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("%d bytes past the last program", len(rest))
	}
	if sum != programsSum(f.Programs) {
		return nil, fmt.Errorf("the programs do not have the sum the header gives: the file is damaged")
	}
	return f, nil
}

// ReadFile reads and parses a filter file.
func ReadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read seccomp filter: %w", err)
	}
	f, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("cannot read seccomp filter %s: %w", path, err)
	}
	return f, nil
}

func checkSource(source string) error {
	sum, ok := strings.CutPrefix(source, "sha256:")
	if _, err := hex.DecodeString(sum); !ok || err != nil || len(sum) != 64 {
		return fmt.Errorf("invalid source %q: want sha256: and 64 hexadecimal digits", source)
	}
	return nil
}

func checkCompiler(compiler string) error {
	if compiler == "" || len(compiler) > 128 || strings.ContainsAny(compiler, " \t\n\r=") {
		return fmt.Errorf("invalid compiler %q: want 1 to 128 characters without blanks or '='", compiler)
	}
	return nil
}

func checkProgram(prog []byte) error {
	switch {
	case len(prog) == 0:
		return fmt.Errorf("empty program")
	case len(prog)%instructionSize != 0:
		return fmt.Errorf("%d bytes is not a whole number of instructions", len(prog))
	case len(prog)/instructionSize > MaxInstructions:
		return fmt.Errorf("%d instructions, the kernel loads at most %d", len(prog)/instructionSize, MaxInstructions)
	}
	return nil
}
