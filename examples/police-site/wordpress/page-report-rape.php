<?php
/* Template Name: Report rape or sexual assault */
/* sensitive-content: sexual-offences */
get_header();
?>
<main>
  <h1><?php the_title(); ?></h1>
  <script async src="https://www.googletagmanager.com/gtag/js?id=<?php echo esc_attr( GA_ID ); ?>"></script>
  <button onclick="gtag('event', 'report_rape_start')">Report rape or sexual assault</button>
</main>
<?php get_footer(); ?>
