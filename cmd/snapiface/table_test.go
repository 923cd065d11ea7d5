// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/testutil"
)

// The output modes of connections and list: the table, the
// explanation, JSON.
type tableSuite struct{}

var _ = check.Suite(&tableSuite{})

func (s *tableSuite) TestConnectionsGoldenTable(c *check.C) {
	stdout, stderr, code := runConn(c, "connections", connData+"consumer.yaml", connData+"provider.yaml",
		"--declaration", connBase, "--table")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stderr, check.Equals, "")
	checkGolden(c, "connections/connections.table.golden", stdout)
}

// Off a terminal, connections prints the explanation, as it did before
// the table: --explain says the same.
func (s *tableSuite) TestConnectionsExplainOffTerminal(c *check.C) {
	// runConn replaces connBase in the slice it is given: a fresh one
	// each time.
	args := func(more ...string) []string {
		return append([]string{"connections", connData + "consumer.yaml", connData + "provider.yaml", "--declaration", connBase}, more...)
	}
	plain, _, code := runConn(c, args()...)
	c.Assert(code, check.Equals, 0)
	explained, _, code := runConn(c, args("--explain")...)
	c.Assert(code, check.Equals, 0)
	c.Check(explained, check.Equals, plain)
	c.Check(plain, testutil.Contains, "consumer:network -> snapd:network (network): auto-connect\n")
}

func (s *tableSuite) TestListModes(c *check.C) {
	n := len(builtin.Interfaces())
	table, _, code := runCLI("list")
	c.Assert(code, check.Equals, 0)
	forced, _, _ := runCLI("list", "--table")
	c.Check(forced, check.Equals, table)
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	c.Check(lines, check.HasLen, n+1)
	c.Check(lines[0], check.Matches, `Interface +Classic +Core +Notes +Summary`)
	for _, want := range []string{
		`network +auto +auto +- +allows access to the network as a client`,
		`home +auto +manual +attrs +allows access to .*`,
		`x11 +auto +- +- +.*`,
		`cups +- +- +decl-connect, attrs +.*`,
		`lxd +- +- +decl-slot +.*`,
	} {
		c.Check(table, check.Matches, `(?s).*\n`+want+`\n.*`)
	}

	explained, _, code := runCLI("list", "--explain")
	c.Assert(code, check.Equals, 0)
	c.Check(explained, testutil.Contains, "\nmultipass-support: allows operating as the Multipass service\n"+
		"    A snap needs a snap declaration to carry a plug of this interface.\n")
	c.Check(explained, testutil.Contains, "  plug attribute read (string, optional): \"all\", its only value,")
	c.Check(strings.Count(explained, "  connecting automatically:\n"), check.Equals, n)
}

func (s *tableSuite) TestModeFlagsExclusive(c *check.C) {
	for _, t := range []struct {
		args        []string
		errorRegexp string
	}{
		{[]string{"list", "--table", "--json"}, `snapiface list: cannot use --table and --json together`},
		{[]string{"list", "--explain", "--json"}, `snapiface list: cannot use --explain and --json together`},
		{[]string{"connections", connData + "consumer.yaml", "--table", "--explain"}, `snapiface connections: cannot use --table and --explain together`},
	} {
		stdout, stderr, code := runCLI(t.args...)
		c.Check(code, check.Equals, 1, check.Commentf("%v", t.args))
		c.Check(stdout, check.Equals, "")
		c.Check(stderr, check.Matches, t.errorRegexp+"\n", check.Commentf("%v", t.args))
	}
}

var tableHeader = regexp.MustCompile(`Interface +Plug +Slot +Notes\r?\n`)

// A terminal gets the table without asking; a file does not.
func (s *tableSuite) TestTerminalGetsTable(c *check.C) {
	master, slave, err := openPty()
	if err != nil {
		c.Skip("no pseudo-terminal: " + err.Error())
	}
	defer master.Close()
	var stderr bytes.Buffer
	code := run([]string{"connections", connData + "consumer.yaml"}, slave, &stderr)
	slave.Close()
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr.String()))
	var got bytes.Buffer
	buf := make([]byte, 4096)
	for {
		n, err := master.Read(buf)
		got.Write(buf[:n])
		if err != nil {
			break // EIO once the slave side is closed and drained
		}
	}
	c.Check(tableHeader.MatchString(got.String()), check.Equals, true, check.Commentf("%q", got.String()))
	c.Check(got.String(), testutil.Contains, "network            consumer:network            snapd:network")

	f, err := os.Create(c.MkDir() + "/out")
	c.Assert(err, check.IsNil)
	defer f.Close()
	code = run([]string{"connections", connData + "consumer.yaml"}, f, &stderr)
	c.Assert(code, check.Equals, 0)
	data, err := os.ReadFile(f.Name())
	c.Assert(err, check.IsNil)
	c.Check(tableHeader.Match(data), check.Equals, false)
	c.Check(string(data), testutil.Contains, "consumer:network -> snapd:network (network): auto-connect\n")
}
