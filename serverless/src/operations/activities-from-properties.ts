import type { Activity } from '@leadops/rules';

/**
 * HubSpot does not hand out a contact's activity stream in one call, but it keeps the latest of each kind
 * on the contact. These become the activities engagement rules score (one per kind: the most recent).
 */
export const ACTIVITY_PROPERTIES = ['hs_analytics_last_visit_timestamp', 'hs_analytics_last_url', 'recent_conversion_date', 'recent_conversion_event_name', 'hs_email_last_click_date', 'hs_email_last_open_date', 'hs_latest_meeting_activity'] as const;

function instant(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(value) ? value : null;
}

export function activitiesFromProperties(properties: Readonly<Record<string, string | null | undefined>>): Activity[] {
  const activities: Activity[] = [];
  const visit = instant(properties['hs_analytics_last_visit_timestamp']);
  if (visit !== null) activities.push({ type: 'page_view', at: visit, properties: { url: properties['hs_analytics_last_url'] ?? '' } });
  const conversion = instant(properties['recent_conversion_date']);
  if (conversion !== null) activities.push({ type: 'form_submission', at: conversion, properties: { form: properties['recent_conversion_event_name'] ?? '' } });
  const click = instant(properties['hs_email_last_click_date']);
  if (click !== null) activities.push({ type: 'email_click', at: click });
  const open = instant(properties['hs_email_last_open_date']);
  if (open !== null) activities.push({ type: 'email_open', at: open });
  const meeting = instant(properties['hs_latest_meeting_activity']);
  if (meeting !== null) activities.push({ type: 'meeting', at: meeting });
  return activities;
}
