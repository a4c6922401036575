'use client';

import { Component, type ReactNode } from 'react';

type Props = { fallback: (reset: () => void) => ReactNode; resetKey: string; children: ReactNode };
type State = { hasError: boolean; key: string };

/** Keeps a failure in one screen from blanking the app: the person sees a kind message and a way back. */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { hasError: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { hasError: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { hasError: false, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.hasError) return this.props.fallback(() => this.setState({ hasError: false }));
    return this.props.children;
  }
}
