// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
)

// fakeBackend records what it is asked to set up, with the number of
// connections each snap has then, and fails a snap that fail says.
type fakeBackend struct {
	name string
	mu   sync.Mutex
	log  []string
	fail func(repo *interfaces.Repository, snapName string) bool
}

func (b *fakeBackend) Name() string { return b.name }

func (b *fakeBackend) Setup(ctx context.Context, repo *interfaces.Repository, snapName string, opts interfaces.SetupOptions) (*interfaces.SetupResult, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.log = append(b.log, fmt.Sprintf("setup %s (%d connections)", snapName, len(repo.SnapConnections(snapName))))
	if b.fail != nil && b.fail(repo, snapName) {
		return nil, fmt.Errorf("cannot set up %s of snap %q: it fails", b.name, snapName)
	}
	return &interfaces.SetupResult{Backend: b.name, Snap: snapName}, nil
}

func (b *fakeBackend) Remove(ctx context.Context, snapName string) (*interfaces.SetupResult, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.log = append(b.log, "remove "+snapName)
	if b.fail != nil && b.fail(nil, snapName) {
		return nil, fmt.Errorf("cannot remove %s of snap %q: it fails", b.name, snapName)
	}
	return &interfaces.SetupResult{Backend: b.name, Snap: snapName, Removed: []string{snapName}}, nil
}

// sortedLog returns the log sorted, for Setups run in parallel.
func (b *fakeBackend) sortedLog() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := append([]string(nil), b.log...)
	sort.Strings(out)
	b.log = nil
	return out
}

type backendsSuite struct {
	// base sets up the repository of repoSuite, whose tests are not
	// run again here.
	base          repoSuite
	repo          *interfaces.Repository
	first, second *fakeBackend
}

var _ = check.Suite(&backendsSuite{})

func (s *backendsSuite) SetUpTest(c *check.C) {
	s.base.SetUpTest(c)
	s.base.addSnaps(c)
	s.repo = s.base.repo
	system := mustSnap(c, "name: system\nversion: \"1\"\ntype: os\nslots:\n  test-slot: test\n")
	system.System = true
	dropped, err := s.repo.AddSnap(system)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	s.first, s.second = &fakeBackend{name: "first"}, &fakeBackend{name: "second"}
}

func (s *backendsSuite) backends() []interfaces.SecurityBackend {
	return []interfaces.SecurityBackend{s.first, s.second}
}

// failWhileConnected fails the producer's setup while testConn is
// connected.
func failWhileConnected(repo *interfaces.Repository, snapName string) bool {
	if snapName != "producer" {
		return false
	}
	_, err := repo.Connection(testConn)
	return err == nil
}

func summary(results []*interfaces.SetupResult) []string {
	out := make([]string, len(results))
	for i, res := range results {
		out[i] = res.Snap + "/" + res.Backend
	}
	return out
}

func (s *backendsSuite) TestSetupSnaps(c *check.C) {
	results, err := interfaces.SetupSnaps(context.Background(), s.repo, []string{"producer", "consumer", "system"}, interfaces.SetupOptions{}, s.backends()...)
	c.Assert(err, check.IsNil)
	c.Check(summary(results), check.DeepEquals, []string{"producer/first", "producer/second", "consumer/first", "consumer/second", "system/first", "system/second"})
	c.Check(s.second.sortedLog(), check.DeepEquals, []string{"setup consumer (0 connections)", "setup producer (0 connections)", "setup system (0 connections)"})

	// A snap that fails stops at its failing backend; the others go on.
	s.first.fail = func(repo *interfaces.Repository, snapName string) bool { return snapName == "consumer" }
	results, err = interfaces.SetupSnaps(context.Background(), s.repo, []string{"producer", "consumer", "system"}, interfaces.SetupOptions{}, s.backends()...)
	c.Check(err, check.ErrorMatches, `cannot set up first of snap "consumer": it fails`)
	c.Check(summary(results), check.DeepEquals, []string{"producer/first", "producer/second", "system/first", "system/second"})
	c.Check(s.second.sortedLog(), check.DeepEquals, []string{"setup producer (0 connections)", "setup system (0 connections)"})
}

func (s *backendsSuite) TestSetupAffected(c *check.C) {
	// Both sides are bound to apps.
	results, err := interfaces.SetupAffected(context.Background(), s.repo, testConn, s.backends()...)
	c.Assert(err, check.IsNil)
	c.Check(summary(results), check.DeepEquals, []string{"consumer/first", "consumer/second", "producer/first", "producer/second"})
	// The system's slot is bound to none: only the consumer changes.
	toSystem := interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "system", Name: "test-slot"}}
	results, err = interfaces.SetupAffected(context.Background(), s.repo, toSystem, s.backends()...)
	c.Assert(err, check.IsNil)
	c.Check(summary(results), check.DeepEquals, []string{"consumer/first", "consumer/second"})
}

func (s *backendsSuite) TestConnectAndSetup(c *check.C) {
	conn, results, err := interfaces.ConnectAndSetup(context.Background(), s.repo, testConn, nil, map[string]interface{}{"k": "v"}, s.backends()...)
	c.Assert(err, check.IsNil)
	c.Check(conn.Slot.DynamicAttrs(), check.DeepEquals, map[string]interface{}{"k": "v"})
	c.Check(summary(results), check.DeepEquals, []string{"consumer/first", "consumer/second", "producer/first", "producer/second"})
	c.Check(s.first.sortedLog(), check.DeepEquals, []string{"setup consumer (1 connections)", "setup producer (1 connections)"})

	results, err = interfaces.DisconnectAndSetup(context.Background(), s.repo, testConn, s.backends()...)
	c.Assert(err, check.IsNil)
	c.Check(summary(results), check.DeepEquals, []string{"consumer/first", "consumer/second", "producer/first", "producer/second"})
	c.Check(s.first.sortedLog(), check.DeepEquals, []string{"setup consumer (0 connections)", "setup producer (0 connections)"})
	c.Check(s.repo.Connections(), check.HasLen, 0)

	_, _, err = interfaces.ConnectAndSetup(context.Background(), s.repo, interfaces.ConnRef{PlugRef: testConn.PlugRef, SlotRef: interfaces.SlotRef{Snap: "producer", Name: "nope"}}, nil, nil, s.backends()...)
	c.Check(err, check.ErrorMatches, `cannot connect .*: no slot "nope" on snap "producer"`)
	_, err = interfaces.DisconnectAndSetup(context.Background(), s.repo, testConn, s.backends()...)
	c.Check(err, check.ErrorMatches, `no connection consumer:plug producer:slot`)
	c.Check(s.first.sortedLog(), check.HasLen, 0)
}

// TestConnectAndSetupUndone fails the producer's setup once connected:
// the connection is taken back and both snaps set up again without it.
func (s *backendsSuite) TestConnectAndSetupUndone(c *check.C) {
	s.second.fail = failWhileConnected
	conn, _, err := interfaces.ConnectAndSetup(context.Background(), s.repo, testConn, nil, nil, s.backends()...)
	c.Check(err, check.ErrorMatches, `cannot set up second of snap "producer": it fails`)
	c.Check(conn, check.IsNil)
	c.Check(s.repo.Connections(), check.HasLen, 0)
	c.Check(s.second.sortedLog(), check.DeepEquals, []string{
		"setup consumer (0 connections)", "setup consumer (1 connections)",
		"setup producer (0 connections)", "setup producer (1 connections)",
	})
}

// TestDisconnectAndSetupUndone fails the producer's setup once
// disconnected: the connection is made again, with its attributes.
func (s *backendsSuite) TestDisconnectAndSetupUndone(c *check.C) {
	_, err := s.repo.Connect(testConn, map[string]interface{}{"p": 1}, nil)
	c.Assert(err, check.IsNil)
	s.second.fail = func(repo *interfaces.Repository, snapName string) bool {
		return snapName == "producer" && !failWhileConnected(repo, snapName)
	}
	_, err = interfaces.DisconnectAndSetup(context.Background(), s.repo, testConn, s.backends()...)
	c.Check(err, check.ErrorMatches, `cannot set up second of snap "producer": it fails`)
	conn, err := s.repo.Connection(testConn)
	c.Assert(err, check.IsNil)
	c.Check(conn.Plug.DynamicAttrs(), check.DeepEquals, map[string]interface{}{"p": 1})
	c.Check(s.second.sortedLog(), check.DeepEquals, []string{
		"setup consumer (0 connections)", "setup consumer (1 connections)",
		"setup producer (0 connections)", "setup producer (1 connections)",
	})
}

func (s *backendsSuite) TestRemoveSnapGoesOn(c *check.C) {
	s.first.fail = func(repo *interfaces.Repository, snapName string) bool { return true }
	results, err := interfaces.RemoveSnap(context.Background(), "consumer", s.backends()...)
	c.Check(err, check.ErrorMatches, `cannot remove first of snap "consumer": it fails`)
	c.Check(summary(results), check.DeepEquals, []string{"consumer/second"})
	c.Check(s.second.sortedLog(), check.DeepEquals, []string{"remove consumer"})
	c.Check(results[0].Changed(), check.Equals, true)
	c.Check(errors.Is(err, context.Canceled), check.Equals, false)
}
