// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Glob is a compiled AppArmor pattern (an AARE): a path, a label, a
// D-Bus name or a socket address, after variable expansion.
//
// It matches as apparmor_parser compiles patterns: "*" is any run of
// bytes but '/', "**" any run at all, "?" one byte but '/', "[...]"
// and "[^...]" one byte of (or not of) a set, where a negated set
// does match '/', "{a,b}" one of its alternatives, nested at will;
// "\" takes the next byte literally. A run of stars right after a '/'
// and followed by a '/' or by the end of the pattern matches at least
// one byte, not a '/': "/tmp/*" and "/tmp/**" match no "/tmp/"; but
// "/tmp/{,**}" does, and so does "/tmp/{*,x}". Every other byte stands
// for itself.
type Glob struct {
	pattern string
	// literal is set when the pattern has no special byte: it is then
	// matched by comparison.
	literal bool
	// text is the pattern without escapes when literal.
	text string
	// prefix is a literal prefix every match starts with.
	prefix string
	re     *regexp.Regexp
}

// maxGlobLen bounds a pattern, variables expanded. It is far above
// any rule of the catalogue or of the abstractions (their longest is
// under 2 KiB), and keeps a runaway expansion from building a huge
// matcher.
const maxGlobLen = 1 << 16

// maxAltDepth is how deeply alternations may nest, as apparmor_parser
// allows.
const maxAltDepth = 50

// CompileGlob compiles an AppArmor pattern. Its errors name the
// offending byte's offset; callers add the file and line.
func CompileGlob(pattern string) (*Glob, error) {
	if g, ok := globCache.get(pattern); ok {
		return g, nil
	}
	g, err := compileGlob(pattern)
	if err != nil {
		return nil, err
	}
	globCache.put(pattern, g)
	return g, nil
}

// MustCompileGlob is CompileGlob for patterns known to be good; it
// panics on a bad one.
func MustCompileGlob(pattern string) *Glob {
	g, err := CompileGlob(pattern)
	if err != nil {
		panic(err)
	}
	return g
}

// String returns the pattern as given.
func (g *Glob) String() string { return g.pattern }

// Literal says whether the pattern has no globbing at all, which is
// what makes an exec rule an exact match that outranks globs.
func (g *Glob) Literal() bool { return g.literal }

// Match says whether s matches the whole pattern.
func (g *Glob) Match(s string) bool {
	if g.literal {
		return s == g.text
	}
	if !strings.HasPrefix(s, g.prefix) {
		return false
	}
	return g.re.MatchString(latin1(s))
}

// latin1 maps each byte of s to the rune of the same value, so that
// the regular expression, which reads UTF-8, sees one character per
// byte as AppArmor's byte-wise automaton does.
func latin1(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(2 * len(s))
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}

var errGlobTooLong = fmt.Errorf("pattern longer than %d bytes", maxGlobLen)

func compileGlob(pattern string) (*Glob, error) {
	if len(pattern) > maxGlobLen {
		return nil, errGlobTooLong
	}
	c := globCompiler{src: pattern}
	if err := c.compile(); err != nil {
		return nil, fmt.Errorf("invalid pattern %q: %w", pattern, err)
	}
	g := &Glob{pattern: pattern, prefix: c.prefix.String()}
	if !c.special {
		g.literal, g.text = true, g.prefix
		return g, nil
	}
	re, err := regexp.Compile(c.re.String())
	if err != nil {
		return nil, fmt.Errorf("internal error: pattern %q: %v", pattern, err)
	}
	g.re = re
	return g, nil
}

// globCompiler turns a pattern into a regular expression over
// latin1-mapped text.
type globCompiler struct {
	src     string
	re      strings.Builder
	prefix  strings.Builder
	special bool
	// lastSlash says the last thing written was a literal '/'.
	lastSlash bool
}

func (c *globCompiler) compile() error {
	c.re.WriteString(`\A(?s:`)
	depth := 0
	// alts counts the alternatives of each open alternation.
	var alts []int
	for i := 0; i < len(c.src); i++ {
		ch := c.src[i]
		switch ch {
		case '\\':
			b, n, err := unescape(c.src[i:])
			if err != nil {
				return fmt.Errorf("offset %d: %w", i, err)
			}
			c.literalByte(b)
			i += n - 1
		case '*':
			c.special = true
			j := i
			for j < len(c.src) && c.src[j] == '*' {
				j++
			}
			if c.lastSlash && (j == len(c.src) || c.src[j] == '/') {
				c.re.WriteString(`[^/\x00]`)
			}
			// Stars pair up: "**" is any run, a lone "*" any run
			// without '/'.
			for k := i; k < j; {
				if k+1 < j {
					c.re.WriteString(`[^\x00]*`)
					k += 2
				} else {
					c.re.WriteString(`[^/\x00]*`)
					k++
				}
			}
			i = j - 1
			c.lastSlash = false
		case '?':
			c.special = true
			c.re.WriteString(`[^/\x00]`)
			c.lastSlash = false
		case '[':
			c.special = true
			n, err := c.class(c.src[i:])
			if err != nil {
				return fmt.Errorf("offset %d: %w", i, err)
			}
			i += n - 1
			c.lastSlash = false
		case ']':
			return fmt.Errorf("offset %d: ']' without '['", i)
		case '{':
			c.special = true
			depth++
			if depth >= maxAltDepth {
				return fmt.Errorf("offset %d: alternations nested deeper than %d", i, maxAltDepth)
			}
			alts = append(alts, 1)
			c.re.WriteString(`(?:`)
			c.lastSlash = false
		case '}':
			if depth == 0 {
				return fmt.Errorf("offset %d: '}' without '{'", i)
			}
			if alts[len(alts)-1] < 2 {
				return fmt.Errorf("offset %d: alternation with a single item", i)
			}
			alts = alts[:len(alts)-1]
			depth--
			c.re.WriteString(`)`)
			c.lastSlash = false
		case ',':
			if depth == 0 {
				c.literalByte(ch)
				continue
			}
			alts[len(alts)-1]++
			c.re.WriteString(`|`)
			c.lastSlash = false
		default:
			c.literalByte(ch)
		}
	}
	if depth > 0 {
		return errors.New("unclosed '{'")
	}
	c.re.WriteString(`)\z`)
	return nil
}

// literalByte writes a byte that stands for itself.
func (c *globCompiler) literalByte(b byte) {
	if !c.special {
		c.prefix.WriteByte(b)
	}
	writeRegexpByte(&c.re, b)
	c.lastSlash = b == '/'
}

func writeRegexpByte(w *strings.Builder, b byte) {
	switch {
	case b >= utf8.RuneSelf || b < ' ':
		fmt.Fprintf(w, `\x{%x}`, b)
	default:
		w.WriteString(regexp.QuoteMeta(string(rune(b))))
	}
}

// class compiles a character class at the start of s, and returns how
// many bytes of s it took.
func (c *globCompiler) class(s string) (int, error) {
	var set [256]bool
	i := 1
	negate := false
	if i < len(s) && s[i] == '^' {
		negate = true
		i++
	}
	start := i
	for {
		if i >= len(s) {
			return 0, errors.New("unclosed '['")
		}
		if s[i] == ']' && i > start {
			i++
			break
		}
		if s[i] == ']' {
			return 0, errors.New("empty character class")
		}
		lo, n, err := classByte(s[i:])
		if err != nil {
			return 0, err
		}
		i += n
		hi := lo
		if i+1 < len(s) && s[i] == '-' && s[i+1] != ']' {
			hi, n, err = classByte(s[i+1:])
			if err != nil {
				return 0, err
			}
			i += 1 + n
			if hi < lo {
				return 0, fmt.Errorf("range %q-%q out of order", lo, hi)
			}
		}
		for b := int(lo); b <= int(hi); b++ {
			set[b] = true
		}
	}
	if negate {
		for b := range set {
			set[b] = !set[b]
		}
	}
	set[0] = false
	any := false
	c.re.WriteString(`[`)
	for b := 0; b < 256; b++ {
		if !set[b] {
			continue
		}
		any = true
		e := b
		for e+1 < 256 && set[e+1] {
			e++
		}
		fmt.Fprintf(&c.re, `\x{%x}`, b)
		if e > b {
			fmt.Fprintf(&c.re, `-\x{%x}`, e)
		}
		b = e
	}
	if !any {
		return 0, errors.New("character class matches nothing")
	}
	c.re.WriteString(`]`)
	return i, nil
}

// classByte reads one member of a class: a byte or an escape.
func classByte(s string) (byte, int, error) {
	if s[0] == '\\' {
		return unescape(s)
	}
	return s[0], 1, nil
}

// unescape reads an escape at the start of s ("\" and a byte, or
// \xHH, \NNN in octal, \dNNN in decimal) and returns the byte it
// stands for and its length.
func unescape(s string) (byte, int, error) {
	if len(s) < 2 {
		return 0, 0, errors.New("trailing '\\'")
	}
	digits := func(start, max, base int) (byte, int, error) {
		end := start
		for end < len(s) && end-start < max && isDigit(s[end], base) {
			end++
		}
		if end == start {
			return 0, 0, fmt.Errorf("bad escape %q", s[:start])
		}
		v, err := strconv.ParseUint(s[start:end], base, 8)
		if err != nil {
			return 0, 0, fmt.Errorf("bad escape %q", s[:end])
		}
		return byte(v), end, nil
	}
	switch s[1] {
	case 'x':
		return digits(2, 2, 16)
	case 'd':
		return digits(2, 3, 10)
	case '0', '1', '2', '3':
		return digits(1, 3, 8)
	case 'n':
		return '\n', 2, nil
	case 't':
		return '\t', 2, nil
	case 'r':
		return '\r', 2, nil
	}
	return s[1], 2, nil
}

// isDigit says whether b is a digit in base 8, 10 or 16.
func isDigit(b byte, base int) bool {
	switch {
	case b >= '0' && b <= '7':
		return true
	case b == '8' || b == '9':
		return base >= 10
	case b >= 'a' && b <= 'f', b >= 'A' && b <= 'F':
		return base == 16
	}
	return false
}

// globCache keeps compiled patterns: profiles of one system share most
// of their rules (the base policy, abstractions, interfaces), so each
// is compiled once. It stops growing at maxCachedGlobs.
var globCache boundedGlobs

const maxCachedGlobs = 1 << 14

type boundedGlobs struct {
	mu sync.RWMutex
	m  map[string]*Glob
}

func (c *boundedGlobs) get(pattern string) (*Glob, bool) {
	c.mu.RLock()
	g, ok := c.m[pattern]
	c.mu.RUnlock()
	return g, ok
}

func (c *boundedGlobs) put(pattern string, g *Glob) {
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string]*Glob)
	}
	if len(c.m) < maxCachedGlobs {
		c.m[pattern] = g
	}
	c.mu.Unlock()
}
