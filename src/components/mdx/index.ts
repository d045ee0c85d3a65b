/** Components editors can use in any article without importing them (passed to <Content />). */
import Steps from './Steps.astro';
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import Contact from './Contact.astro';
import ArticleLink from './ArticleLink.astro';
import Troubleshooter from './Troubleshooter.astro';

export const mdxComponents = { Steps, Callout, ContactCard, Contact, ArticleLink, Troubleshooter };
