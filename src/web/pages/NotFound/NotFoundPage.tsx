import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { PageTitle } from '../../components/PageTitle';
import { nl } from '../../messages/nl';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>{nl.errors.notFoundTitle}</PageTitle>
      <Paragraph>{nl.errors.notFoundPage}</Paragraph>
      <Link to="/">{nl.nav.home}</Link>
    </>
  );
}
