kubectl apply -f php-apache.yaml
kubectl autoscale deployment php-apache --cpu-percent=50 --min=1
kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10
kubectl autoscale deployment php-apache --max=10
kubectl autoscale deployment php-apache --min=5 --max=2
kubectl autoscale deployment nosuch --max=3
kubectl autoscale service php-apache --max=3
sleep 20
kubectl get hpa
kubectl get events --field-selector involvedObject.name=php-apache,involvedObject.kind=HorizontalPodAutoscaler
kubectl top pods
kubectl apply -f metrics-server.yaml
sleep 30
kubectl get hpa
kubectl run load-generator --image=busybox -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"
sleep 60
kubectl get hpa
kubectl get deployment php-apache
kubectl top pods -l run=php-apache
kubectl top pod load-generator
kubectl top nodes
kubectl top
kubectl top services
sleep 60
kubectl get hpa
kubectl delete pod load-generator
sleep 120
kubectl get hpa
sleep 300
kubectl get hpa
kubectl get deployment php-apache
kubectl get events --field-selector involvedObject.kind=HorizontalPodAutoscaler
